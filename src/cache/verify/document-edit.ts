/**
 * Whether two prompts that paste a document differ inside it. The verifier's tolerances (an article, a contraction,
 * a spelling variant, a comma, a courtesy, an inflection, a synonym) keep a question's meaning; inside a pasted
 * document they are edits of the text the task works on, and the tasks that see them are worded in endless ways:
 * "Find the mistakes in the document", "Repeat the document back to me unchanged", "Is the text written for readers
 * in Britain?", "Number each sentence". A red team (session 30) kept the task and made one such edit in 1,280 real
 * documents: 489 were served the other version's answer. So a prompt whose difference touches a paragraph of
 * DOCUMENT_WORDS words or more, beside another part (an instruction, a question, a label), is left to a judge,
 * whatever its task says; a difference in the short parts around the document (the instruction's courtesy, the
 * question's typo) is judged as before.
 *
 * Paragraphs are cut at blank lines, before a code fence and before a labelled line ("Question: …", "Context:", "Task: …"). Words are
 * the text's whitespace-separated pieces as typed (marks and case included), compared after the common start and
 * end of the two texts: only where they differ counts, so spacing and line wrapping never do.
 */
export function editsInsideDocument(query: string, candidate: string): boolean {
  const left = paragraphWords(candidate);
  const right = paragraphWords(query);
  if (left.paragraphs.length < 2 && right.paragraphs.length < 2) return false;
  const shorter = Math.min(left.words.length, right.words.length);
  let prefix = 0;
  while (prefix < shorter && left.words[prefix] === right.words[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && left.words[left.words.length - 1 - suffix] === right.words[right.words.length - 1 - suffix]) suffix++;
  return touchesDocument(left, prefix, left.words.length - suffix) || touchesDocument(right, prefix, right.words.length - suffix);
}

/** How many words make a paragraph a pasted document rather than an instruction or a question. */
export const DOCUMENT_WORDS = 15;

interface ParagraphWords {
  words: string[];
  /** The paragraph of each word. */
  paragraphOf: number[];
  /** The number of words of each paragraph. */
  paragraphs: number[];
}

function paragraphWords(text: string): ParagraphWords {
  const words: string[] = [];
  const paragraphOf: number[] = [];
  const paragraphs: number[] = [];
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    const pieces = paragraph.match(WORD) ?? [];
    if (pieces.length === 0) continue;
    for (const piece of pieces) {
      words.push(piece);
      paragraphOf.push(paragraphs.length);
    }
    paragraphs.push(pieces.length);
  }
  return { words, paragraphOf, paragraphs };
}

function touchesDocument(side: ParagraphWords, start: number, end: number): boolean {
  if (side.paragraphs.length < 2) return false;
  for (let at = start; at < end; at++) if (side.paragraphs[side.paragraphOf[at]!]! >= DOCUMENT_WORDS) return true;
  return false;
}

// A blank line, the line break before a code fence, or the one before a label of one to three words and a colon
// ("Question:", "Retrieved context:").
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n(?=[ \t]*(?:```|~~~))|\n(?=[ \t]*\p{L}[\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+){0,2}[ \t]*:(?:\s|$))/u;
const WORD = /\S+/gu;
