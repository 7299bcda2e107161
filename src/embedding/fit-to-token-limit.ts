/**
 * Cuts text to a token limit in time linear in the text, whatever the text (DESIGN.md §6).
 *
 * Why not `encode(text)`: js-tiktoken's byte-pair merge is quadratic in the length of one pre-tokenised piece,
 * and a run of one repeated character with no spaces is one piece (12,000 × 'a' blocked the event loop for 11 s;
 * measured in bench/RESULTS.md). So the text is encoded in chunks of at most CHUNK_CHARACTERS, and only until
 * the limit is reached:
 * - a chunk ends, where it can, just before a single space between two non-space characters. cl100k's
 *   pre-tokeniser never puts such a space in the same piece as the character before it, so the chunks' pieces are
 *   exactly the whole text's, and so are their tokens;
 * - a run longer than a chunk with no such space is cut hard (never inside a surrogate pair). The tokens on both
 *   sides of a hard cut can differ from the joint encoding by a merge at the cut, so each hard cut sets aside one
 *   token of the limit.
 * Every chunk holds at least one token, and a token covers a bounded number of characters, so encoding stops
 * after a bounded prefix of the text, and each chunk costs at most CHUNK_CHARACTERS².
 */

/** The two js-tiktoken methods used. */
export interface Tokenizer {
  encode(text: string, allowedSpecial: string[], disallowedSpecial: string[]): number[];
  decode(tokens: number[]): string;
}

/** Longest text encoded in one call: its quadratic cost stays far below a millisecond. */
export const CHUNK_CHARACTERS = 512;

/**
 * The text when it holds at most `limit` tokens, else its longest chunk-wise prefix that does, never ending in
 * half a character.
 *
 * @example fitToTokenLimit(tokenizer, 'a'.repeat(16 * 1024 * 1024), 8191) // → a prefix of at most 8191 tokens
 */
export function fitToTokenLimit(tokenizer: Tokenizer, text: string, limit: number): string {
  let budget = limit;
  let start = 0;
  while (start < text.length) {
    const { end, hard } = chunkEnd(text, start);
    const chunk = text.slice(start, end);
    const tokens = tokenizer.encode(chunk, [], []);
    if (tokens.length > budget) return text.slice(0, start) + fitChunk(tokenizer, chunk, tokens, budget);
    budget -= tokens.length;
    // The merge a hard cut may have prevented is paid for from the budget; only when text follows the cut.
    if (hard && end < text.length) {
      if (budget === 0) return text.slice(0, end);
      budget -= 1;
    }
    start = end;
  }
  return text;
}

/** Where the chunk starting at `start` ends, and whether it had to cut a run with no safe space in it. */
function chunkEnd(text: string, start: number): { end: number; hard: boolean } {
  const limit = start + CHUNK_CHARACTERS;
  if (limit >= text.length) return { end: text.length, hard: false };
  for (let index = limit; index > start + 1; index--) {
    if (text.charCodeAt(index) === SPACE && !isWhitespace(text.charCodeAt(index - 1)) && !isWhitespace(text.charCodeAt(index + 1))) {
      return { end: index, hard: false };
    }
  }
  // Never between the halves of a surrogate pair.
  const end = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
  return { end, hard: true };
}

/** The longest prefix of one chunk within `budget` tokens, without a trailing half character. */
function fitChunk(tokenizer: Tokenizer, chunk: string, tokens: number[], budget: number): string {
  let keep = budget;
  for (;;) {
    if (keep <= 0) return '';
    // A cut inside a multi-byte character decodes to U+FFFD: drop it. Then re-check the count, because the
    // decoded prefix can tokenise differently at the cut.
    const prefix = tokenizer.decode(tokens.slice(0, keep)).replace(/\uFFFD+$/, '');
    const count = tokenizer.encode(prefix, [], []).length;
    if (count <= budget && chunk.startsWith(prefix)) return prefix;
    keep -= Math.max(1, count - budget);
  }
}

const SPACE = 0x20;

function isWhitespace(code: number): boolean {
  return Number.isNaN(code) || code === SPACE || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x85 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0xfeff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
