import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../../../src/cache/verify/word-index.ts';

describe('WordIndex', () => {
  it('knows exactly the words of its list, as the string search it replaces does', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `w${(i * 7919) % 100_003}`);
    const list = `\n${words.join('\n')}\n`;
    const index = new WordIndex(list);
    for (const word of words) expect(index.has(word)).toBe(true);
    for (const probe of ['', 'w', 'x1', 'w1\nw2', words[0]!.slice(0, -1), `${words[1]}0`, 'W7919']) {
      expect(index.has(probe)).toBe(list.includes(`\n${probe}\n`) && probe !== '' && !probe.includes('\n'));
    }
  });

  it('answers for a word that prefixes another one', () => {
    const index = new WordIndex('\ncat\ncatalog\ngato\n');
    expect([index.has('cat'), index.has('catalog'), index.has('cata'), index.has('gato'), index.has('gat')]).toEqual([true, true, false, true, false]);
  });

  it("gives a word's offset in the list, which orders words as the list does", () => {
    const list = '\nthe\nof\ncatalog\ncat\n';
    const index = new WordIndex(list);
    expect(['the', 'of', 'catalog', 'cat', 'dog'].map((word) => index.offsetOf(word))).toEqual([1, 5, 8, 16, -1]);
  });
});
