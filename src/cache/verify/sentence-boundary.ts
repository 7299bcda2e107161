import type { Token } from './verify-tokens.ts';

/** Marks that end a sentence inside a text. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', '…', '。', '！', '？', '；']);

/**
 * Whether the same words are cut into sentences at different places on each side, each side ending a sentence
 * where the other does not: "The museum is free. On Sundays, it closes at noon." / "The museum is free on
 * Sundays. It closes at noon.", "Take the pill. After meals, drink water." / "Take the pill after meals. Drink
 * water." The phrase between the two places belongs to another sentence on each side, which changes what it
 * says. A boundary dropped or added on one side only ("Hi. How are you?" / "Hi, how are you?", a run-on
 * sentence) moves nothing. Only texts whose words are the same are compared; other differences have their rules.
 */
export function movesSentenceBoundary(before: readonly Token[], after: readonly Token[]): boolean {
  const left = sentenceBoundaries(before);
  const right = sentenceBoundaries(after);
  if (left.words.length !== right.words.length || left.words.some((word, index) => word !== right.words[index])) return false;
  const rightAt = new Set(right.at);
  const leftAt = new Set(left.at);
  return left.at.some((at) => !rightAt.has(at)) && right.at.some((at) => !leftAt.has(at));
}

/** The text's words (case folded) and, for each sentence end inside it, how many words come before it. */
function sentenceBoundaries(tokens: readonly Token[]): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  for (const token of tokens) {
    if (token.kind !== 'punct') words.push(token.key.toLowerCase());
    else if (SENTENCE_ENDS.has(token.text) && words.length > 0 && at.at(-1) !== words.length) at.push(words.length);
  }
  // A mark that ends the text ends no sentence inside it.
  if (at.at(-1) === words.length) at.pop();
  return { words, at };
}
