/**
 * The only normalisation applied to embedded text (DESIGN.md §1): Unicode NFC, CRLF → LF, trimmed ends. Never
 * case, punctuation or interior whitespace, which change meaning ("2+2" vs "2*2", "US" vs "us", Python
 * indentation, `'a  b'` vs `'a b'`).
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/gu, '\n').trim();
}

/**
 * The text of a message's content: a string, or an array whose parts are all text (joined by newlines).
 * Undefined when the content has non-text parts (images, audio, files): such prompts only use the exact tier.
 */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content as Array<{ type?: unknown; text?: unknown }>) {
    if (part.type !== 'text' || typeof part.text !== 'string') return undefined;
    texts.push(part.text);
  }
  return texts.join('\n');
}
