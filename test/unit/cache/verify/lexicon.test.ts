import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../../src/cache/verify/lexicon.ts';
import { ensureLexicon, loadLexicon } from '../../../../src/cache/verify/lexicon-file.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon(await ensureLexicon());
}, 60_000);

describe('Lexicon (WordNet 3.1 + wink-lemmatizer)', () => {
  it.each([
    ['fix', 'repair', 'synonym'], ['buy', 'purchase', 'synonym'], ['quick', 'fast', 'synonym'], ['film', 'movie', 'synonym'],
    ['increase', 'decrease', 'antonym'], ['hot', 'cold', 'antonym'], ['upload', 'download', 'antonym'],
    ['dog', 'cat', 'sibling'], ['Paris', 'Berlin', 'sibling'], ['January', 'July', 'sibling'], ['minutes', 'hours', 'sibling'],
  ])('relates %s and %s as %s', (left, right, relation) => {
    expect(lexicon.relation(left, right)).toBe(relation);
  });

  it('uses common senses only: minutes and hours share only a rare sense and are no synonyms', () => {
    expect(lexicon.relation('minutes', 'hours')).not.toBe('synonym');
  });

  it('knows inflected forms through the lemmatizer', () => {
    expect(lexicon.sameLemma('spider', 'spiders')).toBe(true);
    expect(lexicon.sameLemma('man', 'men')).toBe(true);
    expect(lexicon.sameLemma('dog', 'cat')).toBe(false);
    expect(lexicon.isWord('running')).toBe(true);
    expect(lexicon.isWord('recieve')).toBe(false);
  });

  it('answers for Object.prototype names like for any unknown word', () => {
    for (const token of ['__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(lexicon.relation(token, 'dog')).toBeUndefined();
      expect(lexicon.hasLemma(token)).toBe(false);
    }
  });
});
