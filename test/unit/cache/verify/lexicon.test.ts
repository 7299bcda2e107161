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

  it('calls words synonyms only through the first sense of both: thin/lean share only thin\'s second', () => {
    expect(lexicon.relation('thin', 'lean')).not.toBe('synonym');
    expect(lexicon.relation('buy', 'purchase')).toBe('synonym');
  });

  it('tells past forms from present ones', () => {
    for (const past of ['was', 'were', 'did', 'had', 'opened', 'went', 'ran']) expect(lexicon.isPastForm(past)).toBe(true);
    for (const present of ['is', 'are', 'does', 'has', 'opens', 'go', 'running', 'spiders']) expect(lexicon.isPastForm(present)).toBe(false);
  });

  it('knows plurals that are words of their own', () => {
    expect(lexicon.isLexicalisedPlural('glasses', 'glass')).toBe(true);
    expect(lexicon.isLexicalisedPlural('custom', 'customs')).toBe(true);
    expect(lexicon.isLexicalisedPlural('spiders', 'spider')).toBe(false);
    expect(lexicon.isLexicalisedPlural('cats', 'cat')).toBe(false);
  });

  it('knows which lowercase words are only names', () => {
    for (const name of ['paris', 'france', 'madrid']) expect(lexicon.hasCommonSense(name)).toBe(false);
    for (const word of ['reading', 'windows', 'turkey', 'polish', 'may', 'jack']) expect(lexicon.hasCommonSense(word)).toBe(true);
  });

  it('knows nouns that name both a substance or food and a countable thing', () => {
    for (const word of ['iron', 'paper', 'chicken', 'glass', 'light', 'irons']) expect(lexicon.namesStuffAndThing(word)).toBe(true);
    for (const word of ['recipe', 'car', 'job', 'soup', 'sugar', 'function']) expect(lexicon.namesStuffAndThing(word)).toBe(false);
  });

  it('knows how often a word is used as a noun', () => {
    expect(lexicon.nounShare('bottle')).toBe(1);
    expect(lexicon.nounShare('good')).toBeLessThan(0.2);
    expect(lexicon.nounShare('made')).toBeLessThan(0.01);
    expect(lexicon.nounShare('qwzx')).toBeUndefined();
  });

  it('knows words of other languages from the embedder\'s vocabulary', () => {
    expect(lexicon.isKnownAnywhere('poisson')).toBe(true);
    expect(lexicon.isWord('poisson')).toBe(false);
    expect(lexicon.isKnownAnywhere('recieve')).toBe(false);
  });
});
