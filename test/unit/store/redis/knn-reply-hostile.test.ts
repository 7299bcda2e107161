/** parseKnnReply (RETURN 2 dist text) against prompt texts that look like the reply's own field names. */
import { describe, expect, it } from 'vitest';
import { knnSearchArgs, parseKnnReply } from '../../../../src/store/redis/search-commands.ts';

const KEY = 'semcache:x:entry:abc';
const hostileTexts: Array<[string, string]> = [
  ['"dist"', 'dist'],
  ['"text"', 'text'],
  ['a number', '0.25'],
  ['"NaN"', 'NaN'],
  ['empty', ''],
  ['NUL bytes', 'a\u0000dist\u0000text\u0000'],
  ['lone surrogates', 'x\uD800y\uDC00z'],
  ['1 MB', 'dist text '.repeat(100_000)],
];

describe('parseKnnReply with hostile prompt texts', () => {
  for (const [name, text] of hostileTexts) {
    for (const encode of [(s: string) => s, (s: string) => Buffer.from(s, 'utf8')] as const) {
      const mode = encode('') instanceof Buffer ? 'Buffer' : 'string';
      it(`${name} (${mode}), fields in either order, keeps distance and text apart`, () => {
        const expected = mode === 'Buffer' ? Buffer.from(text, 'utf8').toString('utf8') : text; // a Buffer carries only well-formed UTF-8
        for (const fields of [
          [encode('dist'), encode('0.125'), encode('text'), encode(text)],
          [encode('text'), encode(text), encode('dist'), encode('0.125')],
        ]) {
          const hits = parseKnnReply([2, KEY, fields, `${KEY}2`, [encode('dist'), encode('0.5'), encode('text'), encode(text)]]);
          expect(hits).toHaveLength(2);
          expect(hits[0]!.key).toBe(KEY);
          expect(hits[0]!.distance).toBe(0.125);
          expect(hits[0]!.text === expected).toBe(true);
          expect(hits[1]!.distance).toBe(0.5);
          expect(hits[1]!.text === expected).toBe(true);
        }
      });
    }
  }

  it('a row whose text is missing (expired mid-query, or an entry without text) has no text, others keep theirs', () => {
    const hits = parseKnnReply([3, KEY, ['dist', '0.1'], 'k2', null, 'k3', ['dist', '0.2', 'text', 'dist']]);
    expect(hits).toEqual([{ key: KEY, distance: 0.1 }, { key: 'k3', distance: 0.2, text: 'dist' }]);
  });

  it('a row whose only fields are text = "dist" and no distance is skipped, not read as distance "dist"', () => {
    expect(parseKnnReply([1, KEY, ['text', 'dist']])).toEqual([]);
    expect(parseKnnReply([1, KEY, ['text', '0.1']])).toEqual([]);
  });

  it('asks for exactly dist and text', () => {
    const args = knnSearchArgs({ indexName: 'i', partitionTag: 'ab', vectorBlob: Buffer.alloc(8), k: 3 });
    const at = args.indexOf('RETURN');
    expect(args.slice(at, at + 4)).toEqual(['RETURN', '2', 'dist', 'text']);
  });
});
