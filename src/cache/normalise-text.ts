import { streamSafeNfc } from '../util/stream-safe-nfc.ts';

/**
 * The only normalisation applied to embedded text (DESIGN.md §1): Unicode NFC (stream-safe: a run of more than
 * 30 combining marks, which no language writes, is broken by U+034F; see streamSafeNfc), CRLF → LF, trimmed ends. Never
 * case, punctuation or interior whitespace, which change meaning ("2+2" vs "2*2", "US" vs "us", Python
 * indentation, `'a  b'` vs `'a b'`).
 */
export function normaliseText(text: string): string {
  // CRLF only: a lone CR is another character ("a\rb" is not "a\nb").
  return streamSafeNfc(text).replace(/\r\n/gu, '\n').trim();
}

/**
 * The text of a message's content: a string, or an array whose parts are all text (joined by newlines).
 * Undefined when the content has non-text parts (images, audio, files), or a text part with any field besides
 * `type` and `text` (`{"type":"text","text":…,"image_url":…}`: what an upstream makes of it is not the text's):
 * such prompts only use the exact tier, with the content as sent in the partition.
 */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content as Array<{ type?: unknown; text?: unknown }>) {
    if (!isTextPart(part, 'text')) return undefined;
    texts.push(part.text as string);
  }
  return texts.join('\n');
}

/** Whether a content part is a text part of `type` and nothing else: `type`, a string `text`, no other field. */
export function isTextPart(part: unknown, type: string): boolean {
  if (part === null || typeof part !== 'object' || Array.isArray(part)) return false;
  const { type: partType, text, ...rest } = part as { type?: unknown; text?: unknown };
  return partType === type && typeof text === 'string' && Object.keys(rest).length === 0;
}
