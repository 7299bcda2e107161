/**
 * The words a tool returned or a retrieved document holds, as text for RequestKey.shared: the strings under a block's
 * or an item's readable fields (`text`, `output`, `content`, `logs`, `stdout`, a text document's `data`, `title`),
 * depth first, in order. Not ids, urls, images, files or encrypted content. Bounded: at most MAX_DEPTH levels and MAX_CHARACTERS
 * characters, so a hostile body costs no more than reading the shared text does.
 *
 * @example
 * readableText({ type: 'tool_result', content: [{ type: 'search_result', title: 'Prices', content: [{ type: 'text', text: 'Kids $8' }] }] })
 * // → 'Prices\nKids $8'
 */
export function readableText(value: unknown): string | undefined {
  const texts: string[] = [];
  let characters = 0;
  const visit = (node: unknown, depth: number): void => {
    if (characters >= MAX_CHARACTERS || depth > MAX_DEPTH) return;
    if (typeof node === 'string') {
      const text = node.length > MAX_CHARACTERS - characters ? node.slice(0, MAX_CHARACTERS - characters) : node;
      texts.push(text);
      characters += text.length;
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    // A document's source is read only when it is text (not base64 of a PDF or an image).
    if (record.type === 'base64' || record.type === 'image' || record.type === 'url' || record.type === 'file') return;
    for (const field of READABLE_FIELDS) {
      // A `source` is read when it is a document's (an object), not a search result's url.
      if (field in record && (field !== 'source' || typeof record[field] === 'object')) visit(record[field], depth + 1);
    }
  };
  visit(value, 0);
  return texts.length === 0 ? undefined : texts.join('\n');
}

const READABLE_FIELDS = ['title', 'text', 'content', 'output', 'outputs', 'results', 'logs', 'stdout', 'stderr', 'source', 'data'] as const;
const MAX_DEPTH = 8;
const MAX_CHARACTERS = 128 * 1024;
