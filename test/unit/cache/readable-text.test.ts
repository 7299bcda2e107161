import { describe, expect, it } from 'vitest';
import { readableText } from '../../../src/cache/readable-text.ts';

describe('readableText: the words a tool returned or a document holds (RequestKey.shared)', () => {
  it('reads text, output, logs, a text document and a search result, in order', () => {
    expect(readableText({ type: 'tool_result', content: [{ type: 'search_result', source: 'https://x.example/?token=abc', title: 'Prices', content: [{ type: 'text', text: 'Kids $8' }] }] })).toBe('Prices\nKids $8');
    expect(readableText({ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Adults $14' } })).toBe('Adults $14');
    expect(readableText({ type: 'code_interpreter_call', outputs: [{ type: 'logs', logs: '42' }] })).toBe('42');
    expect(readableText({ type: 'shell_call_output', output: [{ stdout: 'ok', stderr: '' }] })).toBe('ok\n');
    expect(readableText('plain')).toBe('plain');
  });

  it('leaves out urls, base64 documents, images and files, and what holds no text', () => {
    expect(readableText({ type: 'search_result', source: 'https://x.example/?token=abc', content: [] })).toBeUndefined();
    expect(readableText({ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0xLjQK' } })).toBeUndefined();
    expect(readableText({ type: 'image', source: { type: 'url', url: 'https://x/y.png' } })).toBeUndefined();
    expect(readableText({ id: 'x', encrypted_content: 'gAAAA' })).toBeUndefined();
  });

  it('is bounded: at most 128 KB, however large or deep the value', () => {
    expect(readableText({ text: 'x'.repeat(1_000_000) })!.length).toBe(128 * 1024);
    let deep: unknown = { text: 'too deep' };
    for (let level = 0; level < 20; level++) deep = { content: [deep] };
    expect(readableText(deep)).toBeUndefined();
  });
});
