import { beforeAll, describe, expect, it } from 'vitest';
import { EmbedderError } from '../../../../src/embedding/embedder-error.ts';
import { LocalEmbedder } from '../../../../src/embedding/local/local-embedder.ts';
import { ensureWordVectors } from '../../../../src/embedding/local/word-vector-file.ts';
import { wordTokens } from '../../../../src/embedding/tokenize.ts';
import { cosine } from '../../../contract/embedder.contract.ts';

describe('LocalEmbedder', () => {
  let embedder: LocalEmbedder;
  const similarity = (a: string, b: string): number => cosine(embedder.embedSync(a).vector, embedder.embedSync(b).vector);

  beforeAll(async () => {
    // Builds the binary on the first run only (a few seconds).
    embedder = new LocalEmbedder({ wordVectorsPath: await ensureWordVectors() });
    await embedder.start();
  }, 120_000);

  it('reports a 256-dimension local model', () => {
    expect(embedder.kind).toBe('local');
    expect(embedder.model).toBe('wink-glove-sif-lex-v1');
    expect(embedder.dimension).toBe(256);
  });

  it('places templated prompts that differ only in a number apart', () => {
    const identical = similarity('summarise ticket 4711', 'summarise ticket 4711');
    const otherTicket = similarity('summarise ticket 4711', 'summarise ticket 4712');
    expect(identical).toBeCloseTo(1, 5);
    expect(otherTicket).toBeLessThan(0.95);
  });

  it('finds the template with the same number as the nearest of a hundred look-alikes', () => {
    const candidates = Array.from({ length: 100 }, (_, i) => `summarise ticket ${4700 + i}`);
    const vectors = candidates.map((text) => embedder.embedSync(text).vector);
    const query = embedder.embedSync('please summarise ticket 4742').vector;
    const scores = vectors.map((vector) => cosine(query, vector));
    expect(scores.indexOf(Math.max(...scores))).toBe(42);
  });

  it('gives a name it does not know its own direction', () => {
    expect(embedder.knowsToken('zyxwvutsrq')).toBe(false);
    expect(similarity('write an email to zyxwvutsrq', 'write an email to qrstuvwxyz')).toBeLessThan(
      similarity('write an email to zyxwvutsrq', 'write an email to zyxwvutsrq'),
    );
  });

  it('reports high coverage for English and low coverage for text in other scripts', () => {
    expect(embedder.embedSync('How do I reset my password on the website?').coverage).toBe(1);
    expect(embedder.embedSync('summarise ticket 4711').coverage).toBeCloseTo(2 / 3, 5);
    for (const text of [
      '如何为每天有大量访问者的应用程序配置网络服务器？',
      'Как лучше всего настроить веб-сервер с базой данных?',
      '毎日多くの訪問者がいるアプリケーションのために、ウェブサーバーをどのように設定すればよいですか？',
    ]) {
      expect(embedder.embedSync(text).coverage).toBe(0);
    }
    const german = embedder.embedSync('Wie kann ich die Datenbankverbindung richtig konfigurieren, damit sie stabil bleibt?');
    expect(german.coverage).toBeLessThan(0.6);
  });

  it('reports coverage 0 for code-like and numeric input', () => {
    expect(embedder.embedSync('4711 4712 0x1f').coverage).toBe(0);
    expect(embedder.embedSync('2+2').coverage).toBe(0);
  });

  it('embeds empty and punctuation-only text to one fixed unit vector with coverage 0', () => {
    const empty = embedder.embedSync('');
    const punctuation = embedder.embedSync(' ?!... ');
    expect(empty.coverage).toBe(0);
    expect(punctuation.coverage).toBe(0);
    expect(Array.from(punctuation.vector)).toEqual(Array.from(empty.vector));
    expect(Math.hypot(...empty.vector)).toBeCloseTo(1, 5);
    expect(cosine(empty.vector, embedder.embedSync('hello').vector)).toBeLessThan(0.5);
  });

  it('knows lowercase words of its vocabulary, and no token with digits or symbols', () => {
    for (const token of ['the', 'password', 'reset', 'not']) expect(embedder.knowsToken(token)).toBe(true);
    for (const token of ['4711', 'gpt4o', '+', '%', 'v1.2.3', 'user_id']) expect(embedder.knowsToken(token)).toBe(false);
  });

  it('knows every token of an ordinary English sentence as the tokenizer produces it', () => {
    const tokens = wordTokens("I can't log in to my account since yesterday's update.");
    expect(tokens.filter((token) => !embedder.knowsToken(token))).toEqual([]);
  });

  it('reads a British spelling as the American one, in any case, and keeps two listed things apart', () => {
    // The British form alone scored 0.51 against the American one ("draught" is mostly beer and wind).
    expect(similarity('What is a draught excluder?', 'What is a draft excluder?')).toBeCloseTo(1, 5);
    expect(similarity('HOW OFTEN SHOULD I ROTATE MY TYRES', 'how often should i rotate my tires')).toBeCloseTo(1, 5);
    // Two weights, not two spellings: left out of the list.
    expect(similarity('How many kilograms in a tonne?', 'How many kilograms in a ton?')).toBeLessThan(0.99);
    // Words that are keys of plain objects are no entries of the table.
    expect(() => embedder.embedSync('__proto__ constructor hasOwnProperty tyre')).not.toThrow();
    expect(similarity('__proto__ constructor', '__proto__ constructor')).toBeCloseTo(1, 5);
  });

  it('ranks meaning above shared wording for a typical paraphrase', () => {
    expect(similarity('How can I cancel my subscription?', 'How do I cancel my subscription?')).toBeGreaterThan(
      similarity('How can I cancel my subscription?', 'How can I upgrade my laptop?'),
    );
  });

  it('embeds very long input in one pass', () => {
    const embedding = embedder.embedSync('lorem ipsum dolor sit amet 12345 '.repeat(10_000));
    expect(embedding.vector.every(Number.isFinite)).toBe(true);
  });

  it('refuses to embed before start()', async () => {
    const unstarted = new LocalEmbedder();
    await expect(unstarted.embed('hello')).rejects.toBeInstanceOf(EmbedderError);
  });
});
