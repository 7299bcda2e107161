import { FUNCTION_WORDS } from './closed-lists.ts';
import type { PartsOfSpeech } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/**
 * "Can you generate images?", "Could you translate documents?": a verb of CAPABILITY_VERBS whose object is a bare
 * plural (a word or two, no article, number or possessive) ending the sentence asks what the assistant can do,
 * not for a thing to be done ("Generate images."). "Can you translate this?", "… an image of a cat?" and "Can
 * you suggest books?" (a verb whose plural object is the request itself) stay requests.
 */
export function asksCapability(tokens: readonly Token[], at: number, partsOfSpeech: PartsOfSpeech): boolean {
  const verb = tokens[at]!.text.toLowerCase();
  if (!CAPABILITY_VERBS.has(verb) && !MEDIA_VERBS.has(verb)) return false;
  let end = at + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !tokens[end]!.sentenceStart && !GENERIC_SCOPE.has(tokens[end]!.text.toLowerCase()) && end - at <= 3) end++;
  const words = end - at - 1;
  if (words === 0 || words > 2) return false;
  // What may follow the object: a scope that keeps it generic ("in Rust", "into other languages", "online").
  let after = end;
  if (after < tokens.length && tokens[after]!.kind === 'word' && GENERIC_SCOPE.has(tokens[after]!.text.toLowerCase())) {
    after++;
    while (after < tokens.length && tokens[after]!.kind === 'word' && !tokens[after]!.sentenceStart && after - end <= 4) after++;
  }
  const next = tokens[after];
  if (next !== undefined && !(next.kind === 'punct' && /^[.!?]+$/u.test(next.text)) && !next.sentenceStart) return false;
  const object = tokens.slice(at + 1, end).map((token) => token.text.toLowerCase());
  if (object.some((word) => FUNCTION_WORDS.has(word))) return false;
  const last = object.at(-1)!;
  if (MEDIA_VERBS.has(verb) && !CAPABILITY_VERBS.has(verb)) return MEDIA_NOUNS.has(last);
  // A plural the lexicon lacks ("pdfs", "svgs"): an unknown word ending in a plural s.
  const plural = partsOfSpeech.singular?.(last) !== undefined || (/^\p{L}{2,}[^sui]s$/u.test(last) && !partsOfSpeech.canBeNoun(last) && !partsOfSpeech.canBeVerb(last));
  return plural || CAPABILITY_MASS_NOUNS.has(last);
}
const CAPABILITY_VERBS: ReadonlySet<string> = new Set(['define', 'translate', 'generate', 'compose', 'paraphrase', 'rewrite', 'draft', 'compare', 'calculate', 'summarize', 'summarise']);
/** "Can you describe images?", "… explain screenshots?": whether the assistant can see them. */
const MEDIA_VERBS: ReadonlySet<string> = new Set(['explain', 'describe']);
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['images', 'image', 'photos', 'pictures', 'videos', 'screenshots', 'scans', 'files', 'pdfs', 'charts', 'graphs', 'diagrams', 'drawings', 'recordings', 'links', 'websites']);
/** Mass nouns of what an assistant may or may not produce: "Can you generate music?", "… compose poetry?". */
const CAPABILITY_MASS_NOUNS: ReadonlySet<string> = new Set(['music', 'code', 'art', 'slang', 'poetry', 'audio', 'speech', 'video', 'handwriting', 'artwork', 'software', 'malware']);
/** Words after a bare object that keep the question general: "in Rust", "into other languages", "online", "from scratch". */
const GENERIC_SCOPE: ReadonlySet<string> = new Set(['in', 'into', 'from', 'online', 'offline', 'automatically', 'accurately', 'well', 'too', 'yet', 'now']);
