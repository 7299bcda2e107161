/**
 * A question and the one code block it is about, in either order: "Why does this return NaN?\n\n```js …```" /
 * "```js …```\n\nWhy does this return NaN?". With one fenced block, the same on both sides, and all the prose on
 * one side of it, where the prose stands changes nothing it asks: both texts are given prose first, so the verifier
 * compares their prose and sees the block as common. Not with two blocks, nor with prose on both sides of the block
 * ("Here is my code: ``` … ``` Why does it fail?"), where what comes first may be what a later line refers to.
 *
 * Returns both texts prose first when exactly one of them had its code first, or undefined.
 */
export function proseFirst(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [left, right] = [splitAtBlock(query), splitAtBlock(candidate)];
  if (left === undefined || right === undefined || left.codeFirst === right.codeFirst || left.block !== right.block) return undefined;
  return { query: `${left.prose}\n\n${left.block}`, candidate: `${right.prose}\n\n${right.block}` };
}

interface Split {
  /** The fenced block, fence lines included, as typed. */
  block: string;
  /** The prose before or after it, trimmed (never empty). */
  prose: string;
  codeFirst: boolean;
}

/** The text as its one fenced block and the prose on one side of it, or undefined. Line by line: linear. */
function splitAtBlock(text: string): Split | undefined {
  if (!text.includes('```') && !text.includes('~~~')) return undefined;
  const fences: Array<{ start: number; end: number }> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (/^[ \t]*(?:```|~~~)/u.test(text.slice(start, Math.min(end, start + 16)))) {
      fences.push({ start, end });
      if (fences.length > 2) return undefined;
    }
    start = end + 1;
  }
  if (fences.length !== 2) return undefined;
  const [open, close] = fences as [{ start: number; end: number }, { start: number; end: number }];
  // A block closed by the other fence character is still open in Markdown, and a closing line with text after the
  // fence ("``` is this Ruby?") holds prose: neither is one block.
  const closing = text.slice(close.start, close.end).trim();
  if (text.slice(open.start, open.end).trimStart().slice(0, 3) !== closing.slice(0, 3) || !/^(?:`{3,}|~{3,})$/u.test(closing)) return undefined;
  const before = text.slice(0, open.start).trim();
  const after = text.slice(close.end).trim();
  if ((before === '') === (after === '')) return undefined;
  const prose = before || after;
  // Prose that holds code of its own (a quoted fence, <pre>, an indented block) or names a place ("the output above",
  // "the first one") depends on where it stands.
  if (PLACED.test(prose) || OTHER_CODE.test(prose)) return undefined;
  return { block: text.slice(open.start, close.end).trimEnd(), prose, codeFirst: before === '' };
}
const PLACED = /\b(?:above|below|after\s+(?:this|it)|before\s+(?:this|it)|first|second|last|top|bottom|previous|next|preceding|following|earlier|later)\b/iu;
const OTHER_CODE = /```|~~~|<\/?(?:pre|code)\b|(?:^|\n)(?: {4}|\t)\S/iu;
