import { FILLER_ANYWHERE, FILLER_AT_EDGES, FILLER_AT_START, HOW_MODALS, HOW_SUBJECTS, REQUEST_VERBS } from './closed-lists.ts';
import type { Token } from './verify-tokens.ts';

/** A side of the comparison once politeness, filler and sentence punctuation are set aside. */
export interface PreparedSide {
  /** The tokens the rules judge. */
  tokens: Token[];
  /** Filler phrases removed ("please", "thank you"), lowercase. */
  filler: string[];
  /** Sentence punctuation removed, in order. */
  punctuation: string[];
  /** How many tokens came from expanding a contraction. */
  expanded: number;
}

/**
 * Sets aside what never changes a prompt's meaning: sentence punctuation, and politeness or filler at the places
 * where it is filler (see closed-lists.ts). Code is never touched: inside code every token counts.
 */
export function prepareSide(tokens: readonly Token[]): PreparedSide {
  const removed = new Uint8Array(tokens.length);
  const filler: string[] = [];
  const punctuation: string[] = [];
  let expanded = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.expanded) expanded++;
    if (token.kind === 'punct') {
      removed[index] = 1;
      punctuation.push(token.text);
      continue;
    }
    if (token.kind !== 'word' || removed[index]) continue;
    const phrase = matchFiller(tokens, index, index > 0 && removed[index - 1] === 1);
    if (phrase === undefined) continue;
    for (let offset = 0; offset < phrase.length; offset++) removed[index + offset] = 1;
    filler.push(phrase.join(' '));
    index += phrase.length - 1;
  }
  return { tokens: canonicalHowModals(tokens.filter((_, index) => !removed[index])), filler, punctuation, expanded };
}

// "how can I" / "how could we" / "how do I": one key, "do" (see HOW_MODALS).
function canonicalHowModals(tokens: Token[]): Token[] {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const [how, modal, subject] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (how.kind !== 'word' || how.text.toLowerCase() !== 'how' || modal.kind !== 'word' || subject.kind !== 'word') continue;
    const word = modal.text.toLowerCase();
    if (word !== 'do' && HOW_MODALS.has(word) && HOW_SUBJECTS.has(subject.text.toLowerCase())) tokens[index + 1] = { ...modal, key: 'do' };
  }
  return tokens;
}

// `afterRemoved`: the previous token was set aside ("Please tell me …" starts where "please" was).
function matchFiller(tokens: readonly Token[], index: number, afterRemoved: boolean): readonly string[] | undefined {
  const first = tokens[index]!.text.toLowerCase();
  for (const phrase of ANYWHERE_BY_FIRST.get(first) ?? []) if (matchesAt(tokens, index, phrase)) return phrase;
  const atStart = index === 0 || afterRemoved || tokens[index]!.sentenceStart || isBoundary(tokens[index - 1]);
  for (const phrase of EDGES_BY_FIRST.get(first) ?? []) {
    if (!matchesAt(tokens, index, phrase)) continue;
    const after = tokens[index + phrase.length];
    if (atStart || after === undefined || isBoundary(after)) return phrase;
  }
  if (!atStart) return undefined;
  for (const phrase of START_BY_FIRST.get(first) ?? []) {
    const next = tokens[index + phrase.length];
    if (matchesAt(tokens, index, phrase) && next?.kind === 'word' && REQUEST_VERBS.has(next.text.toLowerCase())) return phrase;
  }
  return undefined;
}

// Phrases by their first word, longest first, so a token is compared with the few phrases it can open.
function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, Array<readonly string[]>> {
  const index = new Map<string, Array<readonly string[]>>();
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) index.set(phrase[0]!, [...(index.get(phrase[0]!) ?? []), phrase]);
  return index;
}
const ANYWHERE_BY_FIRST = byFirstWord(FILLER_ANYWHERE);
const EDGES_BY_FIRST = byFirstWord(FILLER_AT_EDGES);
const START_BY_FIRST = byFirstWord(FILLER_AT_START);

function matchesAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const token = tokens[index + offset];
    if (token === undefined || token.kind !== 'word' || token.text.toLowerCase() !== phrase[offset]) return false;
  }
  return true;
}

function isBoundary(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^[.,!?;:…—–-]+$/u.test(token.text);
}
