import { PROGRAMMING_NAMES, PROGRAMMING_NAMES_CAPITALISED } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Whether a text is about code, where a word one slip from another is likely an identifier of its own rather
 * than a typo ("uint"/"unit", "ttest"/"test", "strlen"): it holds code (an identifier, a path, a flag, code in
 * backticks), names a programming language or tool (PROGRAMMING_NAMES: "in Go", "scipy"), or has a lowercase
 * word that is no English word besides `except` (the misspelt form itself): a term of art, or a word of another
 * language ("Qu'est-ce qu'une facture ?": "facture" is no slip of "fracture"). Computed once per token list.
 *
 * @example isCodeContext(verifyTokens('How do I run a ttest in scipy?'), lexicon, 'ttest') // true: "scipy"
 */
export function isCodeContext(tokens: readonly Token[], lexicon: Lexicon, except: string): boolean {
  let context = CONTEXTS.get(tokens);
  if (context === undefined) CONTEXTS.set(tokens, (context = contextOf(tokens, lexicon)));
  return context.code || context.jargon.some((word) => word !== except);
}

interface Context {
  code: boolean;
  /** Up to two lowercase words that are no English words: one may be the misspelling being judged. */
  jargon: string[];
}
const CONTEXTS = new WeakMap<readonly Token[], Context>();

function contextOf(tokens: readonly Token[], lexicon: Lexicon): Context {
  const jargon: string[] = [];
  for (const token of tokens) {
    if (token.verbatim === true) continue; // a pasted text is code-like by construction, whatever it holds
    if (token.kind === 'code') return { code: true, jargon };
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    if (PROGRAMMING_NAMES.has(lower) || (PROGRAMMING_NAMES_CAPITALISED.has(lower) && !token.sentenceStart && /^\p{Lu}/u.test(token.text))) return { code: true, jargon };
    if (jargon.length >= 2) continue;
    // The parts of a word joined by apostrophes count, three letters or more: French elisions ("Définition d'une
    // facture", "Qu'est-ce qu'une …": "une"). Not hyphens: "pre-existing", "co-worker" are English.
    const parts = /['’]/u.test(token.text) ? token.text.split(/['’]/u).filter((part) => part.length >= 3) : [token.text];
    for (const part of parts) if (jargon.length < 2 && /^\p{Ll}+$/u.test(part) && !jargon.includes(part) && !lexicon.isWord(part) && !EVERYDAY_WORDS.has(part)) jargon.push(part);
  }
  return { code: false, jargon };
}

/**
 * Everyday words of phones, apps and the web that WordNet lacks: typed in lowercase they are no jargon, and a typo
 * beside them is a typo ("I use my app a lot. What is recuursion?"; a near-duplicate helper, session 32).
 */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  'app', 'apps', 'login', 'logins', 'logout', 'inbox', 'admin', 'admins', 'covid', 'smartphone', 'smartphones', 'username', 'usernames', 'emoji',
  'emojis', 'texting', 'texted', 'offline', 'vlog', 'vlogs', 'selfie', 'selfies', 'hashtag', 'hashtags', 'signup', 'smartwatch', 'livestream',
  'unfollow', 'ebook', 'ebooks', 'onboarding', 'bluetooth', 'antivirus', 'screenshot', 'screenshots', 'popup', 'chatbot', 'chatbots', 'airpods',
  'iphone', 'ipad', 'youtube', 'netflix', 'uber', 'facebook', 'instagram', 'tiktok', 'whatsapp', 'gmail', 'subreddit', 'reddit', 'wiki',
  'wikipedia', 'retweet', 'unsubscribe', 'barcode', 'barcodes', 'chatgpt', 'crypto', 'bitcoin', 'esports', 'gamers', 'keto', 'wifi', 'podcasts',
]);
