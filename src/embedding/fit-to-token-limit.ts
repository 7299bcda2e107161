/**
 * Cuts text to a token limit with bounded CPU, whatever the text (DESIGN.md §6, issue #11 finding 3).
 *
 * Why not `encode(text)`: js-tiktoken's byte-pair merge is quadratic in the length of one pre-tokenised piece,
 * and slow even on short ones: a run of one repeated character with no spaces is one piece (12,000 × 'a' blocked
 * the event loop for 11 s; bench/RESULTS.md has the numbers). So the text is walked in chunks of at most
 * CHUNK_CHARACTERS, only until the limit is reached:
 * - a chunk ends, where it can, just before a single space between two non-space characters: cl100k's
 *   pre-tokeniser never puts such a space in the same piece as the character before it, so token counts of
 *   such chunks add up exactly to the whole text's;
 * - a chunk whose every stretch between such spaces is at most SHORT_RUN bytes is encoded exactly (cheap:
 *   its pieces are short);
 * - any other chunk (a long word, URL, code, whitespace run, text without spaces) and every chunk after a hard
 *   cut is never encoded: it is charged its UTF-8 byte length, an upper bound on its tokens (a token is at least
 *   one byte). Such text keeps fewer characters than the limit would allow, never more tokens.
 * Encoding work is thus at most `limit` tokens of short pieces, and the rest is a linear scan.
 */

/** The two js-tiktoken methods used. */
export interface Tokenizer {
  encode(text: string, allowedSpecial: string[], disallowedSpecial: string[]): number[];
  decode(tokens: number[]): string;
}

/** Longest stretch of text looked at in one step. */
export const CHUNK_CHARACTERS = 256;
/** Longest stretch (UTF-8 bytes) between two safe spaces that is tokenised rather than charged by its bytes. */
export const SHORT_RUN = 24;

/**
 * The text when it holds at most `limit` tokens, else a prefix that does, never ending in half a character.
 *
 * @example fitToTokenLimit(tokenizer, 'a'.repeat(16 * 1024 * 1024), 8191) // → 'a' × 8191
 */
export function fitToTokenLimit(tokenizer: Tokenizer, text: string, limit: number): string {
  let budget = limit;
  let start = 0;
  let afterHardCut = false;
  while (start < text.length) {
    const { end, hard, shortRuns } = nextChunk(text, start);
    const chunk = text.slice(start, end);
    if (shortRuns && !hard && !afterHardCut) {
      const tokens = tokenizer.encode(chunk, [], []);
      if (tokens.length > budget) return text.slice(0, start) + fitEncodedChunk(tokenizer, chunk, tokens, budget);
      budget -= tokens.length;
    } else {
      const bytes = Buffer.byteLength(chunk, 'utf8');
      if (bytes > budget) return text.slice(0, start) + prefixWithinBytes(chunk, budget);
      budget -= bytes;
    }
    afterHardCut = hard;
    start = end;
  }
  return text;
}

/** Where the chunk starting at `start` ends, whether it had to cut without a safe space, and whether all its stretches are short. */
function nextChunk(text: string, start: number): { end: number; hard: boolean; shortRuns: boolean } {
  const cap = start + CHUNK_CHARACTERS;
  let end: number;
  let hard = false;
  if (cap >= text.length) {
    end = text.length;
  } else {
    end = -1;
    for (let index = cap; index > start; index--) {
      if (isSafeSpace(text, index)) {
        end = index;
        break;
      }
    }
    if (end === -1) {
      hard = true;
      // Never between the halves of a surrogate pair.
      end = isLowSurrogate(text.charCodeAt(cap)) ? cap - 1 : cap;
    }
  }
  // Stretch lengths in (approximate) UTF-8 bytes: the merge works on bytes, and CJK text costs three per character.
  let runBytes = 0;
  let shortRuns = true;
  for (let index = start; index < end && shortRuns; index++) {
    if (index > start && isSafeSpace(text, index)) runBytes = 0;
    runBytes += text.charCodeAt(index) < 0x80 ? 1 : 3;
    if (runBytes > SHORT_RUN) shortRuns = false;
  }
  return { end, hard, shortRuns };
}

/** A single space between two non-space characters: a piece boundary of cl100k's pre-tokeniser. */
function isSafeSpace(text: string, index: number): boolean {
  return text.charCodeAt(index) === SPACE && index > 0 && !isWhitespace(text.charCodeAt(index - 1)) && !isWhitespace(text.charCodeAt(index + 1));
}

/** The longest prefix of one exactly encoded chunk within `budget` tokens, without a trailing half character. */
function fitEncodedChunk(tokenizer: Tokenizer, chunk: string, tokens: number[], budget: number): string {
  let keep = budget;
  while (keep > 0) {
    // A cut inside a multi-byte character decodes to U+FFFD: drop it. Then re-check the count, because the
    // decoded prefix can tokenise differently at the cut.
    const prefix = tokenizer.decode(tokens.slice(0, keep)).replace(/\uFFFD+$/, '');
    const count = tokenizer.encode(prefix, [], []).length;
    if (count <= budget && chunk.startsWith(prefix)) return prefix;
    keep -= Math.max(1, count - budget);
  }
  return '';
}

/** The longest prefix of `chunk` of at most `bytes` UTF-8 bytes, never splitting a surrogate pair. */
function prefixWithinBytes(chunk: string, bytes: number): string {
  let used = 0;
  let index = 0;
  while (index < chunk.length) {
    const code = chunk.codePointAt(index)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (used + size > bytes) break;
    used += size;
    index += code >= 0x10000 ? 2 : 1;
  }
  return chunk.slice(0, index);
}

const SPACE = 0x20;

function isWhitespace(code: number): boolean {
  return Number.isNaN(code) || code === SPACE || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x85 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0xfeff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
