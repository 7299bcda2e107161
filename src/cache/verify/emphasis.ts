import { ABOUT_RENDERING } from '../normalise-text.ts';

/**
 * Markdown emphasis around words of prose on one side only: "Explain **recursion** in simple terms" / "Explain recursion
 * in simple terms", "Summarize the plot of *Hamlet*" / "… of Hamlet". Bold or italics stress a word or mark a title; the
 * question is the same (a blind near-duplicate study, session 58: every such pair refused as a symbol added).
 *
 * Returns both texts with that side's emphasis marks removed, to be verified again (the caller takes only a `same`), or
 * undefined. Only asterisks (underscores are names' own: `__init__`, `snake_case`), each span opening after a space, a
 * bracket or the text's start and closing before a space, a mark or the end, one to eight words of letters, digits and
 * spaces (not `2*3*4`, `**kwargs`, a glob's `*.txt`); not where the other side has an asterisk, nor in a text that holds
 * code (a backtick, a fence), asks about rendering or Markdown ("How does **bold** render on GitHub?") or works on the
 * marks (EMPHASIS_TOPIC).
 */
export function withoutEmphasis(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [queryMarked, candidateMarked] = [query.includes('*'), candidate.includes('*')];
  if (queryMarked === candidateMarked) return undefined;
  const [marked, other] = queryMarked ? [query, candidate] : [candidate, query];
  if (marked.length > MAX_CHARACTERS || marked.includes('`') || ABOUT_RENDERING.test(marked) || ABOUT_RENDERING.test(other) || EMPHASIS_TOPIC.test(marked)) return undefined;
  const stripped = marked.replace(EMPHASIS, '$2');
  // Every asterisk must have been emphasis: one left over is something else's ("5 * 3", a footnote, a wildcard).
  if (stripped.includes('*')) return undefined;
  return queryMarked ? { query: stripped, candidate } : { query, candidate: stripped };
}
/** Past this a text is left as it is (a pasted document's asterisks are its own). */
const MAX_CHARACTERS = 2_000;
const EMPHASIS = /(?<![\p{L}\p{N}*])(\*{1,2})(?=[\p{L}\p{N}])((?:[\p{L}\p{N}'’-]+[^\S\n]?){1,8}?)\1(?![\p{L}\p{N}*])/gu;
/** Where the marks are the text worked on: its formatting, or a conversion that keeps it ("Convert to HTML: **Hi**"). */
const EMPHASIS_TOPIC = /\b(?:bold|italics?|italici[sz]\w*|emphasis|emphasi[sz]\w*|asterisks?|formatting|format\w*|html|latex|convert\w*|markup|plain\s+text|rich\s+text|strip\w*|docx|slack|discord|whatsapp)\b/i;
