import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmbedderError } from '../../../src/embedding/embedder-error.ts';
import { UpstreamEmbedder } from '../../../src/embedding/upstream-embedder.ts';
import { startFakeEmbeddingsServer, type FakeEmbeddingsServer } from './fake-embeddings-server.ts';
import { upstreamIdentity } from '../../../src/upstream/caller-credential.ts';

describe('UpstreamEmbedder', () => {
  let server: FakeEmbeddingsServer;
  const tokenizer = new Tiktoken(cl100k);
  const countTokens = (text: string): number => tokenizer.encode(text, [], []).length;

  beforeAll(async () => {
    server = await startFakeEmbeddingsServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.received.length = 0;
    server.failWith = undefined;
    server.wrongDimension = undefined;
  });

  const lastInput = (): string => server.received.at(-1)?.body.input as string;

  it('posts the model and input to {baseUrl}/embeddings and returns a unit vector with the billed tokens', async () => {
    const embedder = new UpstreamEmbedder({ baseUrl: server.baseUrl, apiKey: 'sk-configured' });
    const embedding = await embedder.embed('What is the capital of France?');
    const request = server.received.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/embeddings');
    expect(request?.body).toMatchObject({ model: 'text-embedding-3-small', input: 'What is the capital of France?' });
    expect(request?.body.dimensions).toBeUndefined();
    expect(embedder.dimension).toBe(1536);
    expect(embedding.vector.length).toBe(1536);
    expect(Math.hypot(...embedding.vector)).toBeCloseTo(1, 5);
    expect(embedding.coverage).toBe(1);
    expect(embedding.billedTokens).toBe(6);
  });

  it('accepts a base URL with a trailing slash without doubling it', async () => {
    const embedder = new UpstreamEmbedder({ baseUrl: `${server.baseUrl}/`, apiKey: 'sk-configured' });
    await embedder.embed('hello');
    expect(server.received.at(-1)?.path).toBe('/v1/embeddings');
  });

  it("sends the configured key, else the caller's Authorization header when the caller sent it to this base URL", async () => {
    await new UpstreamEmbedder({ baseUrl: server.baseUrl, apiKey: 'sk-configured' }).embed('hello', {
      authorization: 'Bearer sk-caller',
    });
    expect(server.received.at(-1)?.headers.authorization).toBe('Bearer sk-configured');

    const audience = upstreamIdentity(server.baseUrl);
    await new UpstreamEmbedder({ baseUrl: server.baseUrl }).embed('hello', { authorization: 'Bearer sk-caller', audience });
    expect(server.received.at(-1)?.headers.authorization).toBe('Bearer sk-caller');

    // Sent to another upstream (an Anthropic route's key), or to an upstream the caller does not name: withheld.
    for (const other of ['https://api.anthropic.com/v1', undefined]) {
      const embedder = new UpstreamEmbedder({ baseUrl: server.baseUrl });
      expect(embedder.callableFor({ authorization: 'Bearer sk-ant-caller', audience: other })).toBe(false);
      await embedder.embed('hello', { authorization: 'Bearer sk-ant-caller', audience: other });
      expect(server.received.at(-1)?.headers.authorization).toBeUndefined();
    }

    await new UpstreamEmbedder({ baseUrl: server.baseUrl }).embed('hello');
    expect(server.received.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('uses a configured model and dimension, and asks for the dimension only when told to', async () => {
    const embedder = new UpstreamEmbedder({
      baseUrl: server.baseUrl,
      model: 'text-embedding-3-large',
      dimension: 256,
      requestDimensions: true,
    });
    const embedding = await embedder.embed('hello world');
    expect(server.received.at(-1)?.body).toMatchObject({ model: 'text-embedding-3-large', dimensions: 256 });
    expect(embedder.model).toBe('text-embedding-3-large');
    expect(embedding.vector.length).toBe(256);
  });

  it('sends short inputs untouched, including special-token text', async () => {
    const text = 'Explain <|endoftext|> tokens in   detail\n\n(twice)';
    await new UpstreamEmbedder({ baseUrl: server.baseUrl }).embed(text);
    expect(lastInput()).toBe(text);
  });

  it('truncates an input beyond the token limit to the limit before sending', async () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2_000); // ~20k tokens
    expect(countTokens(text)).toBeGreaterThan(8191);
    await new UpstreamEmbedder({ baseUrl: server.baseUrl }).embed(text);
    const sent = lastInput();
    expect(countTokens(sent)).toBeLessThanOrEqual(8191);
    expect(countTokens(sent)).toBeGreaterThan(8100);
    expect(text.startsWith(sent)).toBe(true);
  });

  it('truncates multi-byte text without leaving a broken character', async () => {
    const text = '日本語のテキストと絵文字🎉を含む長い文章です。'.repeat(1_500);
    await new UpstreamEmbedder({ baseUrl: server.baseUrl, maxInputTokens: 1000 }).embed(text);
    const sent = lastInput();
    expect(countTokens(sent)).toBeLessThanOrEqual(1000);
    expect(sent).not.toContain('\uFFFD');
    expect(text.startsWith(sent)).toBe(true);
  });

  it('truncates a long run of one character without holding the event loop (it used to grow with the square of the run)', async () => {
    const text = 'a'.repeat(65_000);
    await new UpstreamEmbedder({ baseUrl: server.baseUrl, maxInputTokens: 500 }).embed(text);
    const sent = lastInput();
    expect(text.startsWith(sent)).toBe(true);
    expect(countTokens(sent)).toBeLessThanOrEqual(500);
  }, 20_000);

  it('sends an input whose bytes exceed the limit but whose tokens do not, untouched', async () => {
    const text = 'word '.repeat(3_000); // 15,000 bytes, ~3,000 tokens
    await new UpstreamEmbedder({ baseUrl: server.baseUrl }).embed(text);
    expect(lastInput()).toBe(text);
  });

  it('never sends empty input: it embeds to a fixed unit vector with coverage 0', async () => {
    const embedder = new UpstreamEmbedder({ baseUrl: server.baseUrl });
    const embedding = await embedder.embed('  ');
    expect(server.received).toHaveLength(0);
    expect(embedding.coverage).toBe(0);
    expect(embedding.billedTokens).toBe(0);
    expect(Math.hypot(...embedding.vector)).toBeCloseTo(1, 5);
  });

  it('throws an EmbedderError carrying the status when the endpoint fails', async () => {
    server.failWith = 429;
    const failure = await new UpstreamEmbedder({ baseUrl: server.baseUrl }).embed('hello').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbedderError);
    expect((failure as EmbedderError).status).toBe(429);
    expect((failure as EmbedderError).message).toContain('fake failure');
  });

  it('throws an EmbedderError on a wrong path (404) and on an unreachable server', async () => {
    const wrongPath = new UpstreamEmbedder({ baseUrl: server.baseUrl.replace(/\/v1$/, '') });
    await expect(wrongPath.embed('hello')).rejects.toMatchObject({ name: 'EmbedderError', status: 404 });

    const unreachable = new UpstreamEmbedder({ baseUrl: 'http://127.0.0.1:1/v1', timeoutMs: 2_000 });
    const failure = await unreachable.embed('hello').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbedderError);
    expect((failure as EmbedderError).status).toBeUndefined();
  });

  it('rejects vectors of another dimension than configured', async () => {
    server.wrongDimension = 768;
    const embedder = new UpstreamEmbedder({ baseUrl: server.baseUrl });
    await expect(embedder.embed('hello')).rejects.toThrow(/768 dimensions, expected 1536/);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const embedder = new UpstreamEmbedder({ baseUrl: server.baseUrl });
    await expect(embedder.embed('hello', { signal: controller.signal })).rejects.toBeInstanceOf(EmbedderError);
  });

  it('treats words of letters as known and numbers, IDs and symbols as unknown', () => {
    const embedder = new UpstreamEmbedder({ baseUrl: server.baseUrl });
    for (const token of ['house', 'café', 'not']) expect(embedder.knowsToken(token)).toBe(true);
    for (const token of ['4711', 'gpt4o', 'user_id', '+', '3.14']) expect(embedder.knowsToken(token)).toBe(false);
  });
});
