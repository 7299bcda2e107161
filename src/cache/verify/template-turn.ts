/**
 * The turn of a prompt that an application wraps in a template of its own (DESIGN.md §1, "verify"): a chat history
 * ("User: … \nAssistant:"), a RAG prompt ("Context: …\n\nQuestion: … \nAnswer:"), an instruction format ("###
 * Instruction:\n…\n\n### Response:"), tags ("<question>…</question>", "[INST] … [/INST]", "<|im_start|>user\n…").
 * Rules that read where a text starts or ends (a task before a pasted sentence, a statement typed with "?", an
 * article before the end) see the template's edges, not the turn's; so where two texts differ only inside one turn
 * that a label frames, the turn is verified again on its own (a red team on templates, session 43: 2,267 pairs served
 * whose turns alone are refused).
 */

/**
 * The line (or run of lines) in which two texts differ, with the label that opens it and a closing tag that ends it set
 * aside, when a turn's label frames it: one opens its line ("User: …", "<question>…"), stands alone on the line before
 * ("### Instruction:", "<|im_start|>user"), or opens the line after ("Assistant:", "Answer:", "[/INST]"). Undefined
 * otherwise (a line of an ordinary prompt is read with the rest of it), or where either turn is a word or less.
 */
export function turnInsideFrame(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const shortest = Math.min(query.length, candidate.length);
  let prefix = 0;
  while (prefix < shortest && query.charCodeAt(prefix) === candidate.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && query.charCodeAt(query.length - 1 - suffix) === candidate.charCodeAt(candidate.length - 1 - suffix)) suffix++;
  // Back to the label that opens the turn, in what both share: on the difference's line ("Question: Echo back: …",
  // "USER: … ASSISTANT:" typed on one line), or on a line before it with none of the answer's between ("Q: Translate
  // this email:\n\nThe launch moved.\n\nThanks!"); else the difference's own line.
  const opening = turnOpening(query, prefix);
  const closing = turnClosing(query, query.length - suffix);
  if (opening === undefined && closing === undefined) return undefined;
  const start = opening ?? query.lastIndexOf('\n', prefix - 1) + 1;
  const end = closing ?? lineEnd(query, query.length - suffix);
  if (start === 0 && end === query.length) return undefined;
  const tail = query.length - end;
  const turn = (text: string) => text.slice(start, text.length - tail).trim();
  const turns = { query: turn(query), candidate: turn(candidate) };
  if (wordsIn(turns.query) < MIN_TURN_WORDS || wordsIn(turns.candidate) < MIN_TURN_WORDS) return undefined;
  return turns;
}

/** Where the asker's turn around `at` opens: after its label, on the line of `at` or on a line before it. */
function turnOpening(text: string, at: number): number | undefined {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // On the difference's own line: the last label before it.
  const inLine = lastMatch(INLINE_LABEL, text.slice(lineStart, at));
  if (inLine !== undefined) return lineStart + inLine;
  for (let lines = 0; lineStart > 0 && lines < TURN_LINES; lines++) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (OPENS_ANSWER.test(line)) return undefined;
    if (LABEL_LINE.test(line)) return lineStart;
    const label = OPENING_LABEL.exec(line);
    if (label !== null) return previousStart + label[0].length;
    lineStart = previousStart;
  }
  return undefined;
}
/** Where the asker's turn around `at` closes: before the answer's label or a closing tag, on its line or a line after. */
function turnClosing(text: string, at: number): number | undefined {
  let lineStart = at;
  for (let lines = 0; lineStart <= text.length && lines < TURN_LINES; lines++) {
    const end = lineEnd(text, lineStart);
    const line = text.slice(lineStart, end);
    if (lines > 0 && (OPENS_ANSWER.test(line) || LABEL_LINE.test(line) || OPENING_LABEL.test(line))) return lineStart - 1;
    const closing = CLOSING_IN_LINE.exec(line);
    if (closing !== null) return lineStart + closing.index;
    if (end === text.length) return undefined;
    lineStart = end + 1;
  }
  return undefined;
}
/** How many lines a turn is searched for its label: a pasted email's, not a document's. */
const TURN_LINES = 12;
function lineEnd(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next === -1 ? text.length : next;
}
/** Where the last match of a global regex ends in `text`, or undefined. */
function lastMatch(pattern: RegExp, text: string): number | undefined {
  let end: number | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) end = match.index + match[0].length;
  return end;
}

/** Who speaks a turn an application frames: the user's side. */
const ASKER = String.raw`(?:user|human|customer|client|question|query|input|instruction|prompt|request|message|q|you|me|patient|student|visitor|guest|caller)`;
/** And the side that answers. */
const ANSWERER = String.raw`(?:assistant|ai|bot|chatbot|answer|response|output|reply|a|agent|model|gpt|support|system)`;
/** A label that opens a turn: "User:", "### Question:", "**Q:**", "<question>", "[INST]", "<|user|>", "<|im_start|>user". */
const OPENING_LABEL = new RegExp(String.raw`^[ \t]*(?:(?:#{1,4}[ \t]*|\*\*)?${ASKER}(?:\*\*)?[ \t]*:(?:\*\*)?|<${ASKER}>|\[INST\]|<\|${ASKER}\|>|<\|im_start\|>${ASKER})[ \t]*`, 'iu');
/** A label inside a line, after the template's own text: "… counter. Question: …", "… questions. USER: …". */
const INLINE_LABEL = new RegExp(String.raw`(?:^|(?<=[\s.!?:]))(?:${ASKER}[ \t]*:|<${ASKER}>|\[INST\]|<\|${ASKER}\|>)[ \t]*`, 'giu');
/** The answer's label or a closing tag inside a line, after the turn: "… ASSISTANT:", "…</question>", "… [/INST]". */
const CLOSING_IN_LINE = new RegExp(String.raw`[ \t]*(?:(?<=\s)${ANSWERER}[ \t]*:|<\/${ASKER}>|\[\/INST\]|<\|im_end\|>|<\|end\|>)`, 'iu');
/** A line that is a label alone, with the turn on the lines after it. */
const LABEL_LINE = new RegExp(String.raw`^[ \t]*(?:(?:#{1,4}[ \t]*|\*\*)?${ASKER}(?:\*\*)?[ \t]*:(?:\*\*)?|#{1,4}[ \t]*${ASKER}|<${ASKER}>|\[INST\]|<\|${ASKER}\|>|<\|im_start\|>${ASKER}|<<\/SYS>>)[ \t]*$`, 'iu');
/** A line that opens the answer's turn after the asker's. */
const OPENS_ANSWER = new RegExp(String.raw`^[ \t]*(?:(?:#{1,4}[ \t]*|\*\*)?${ANSWERER}(?:\*\*)?[ \t]*:|#{1,4}[ \t]*${ANSWERER}[ \t]*$|<\/${ASKER}>|\[\/INST\]|<\|im_end\|>|<\|${ANSWERER}\|>|<\|im_start\|>${ANSWERER})`, 'iu');
/** The fewest words a turn must have to be read on its own. */
const MIN_TURN_WORDS = 2;

function wordsIn(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
const WORD = /[\p{L}\p{N}]+/gu;
