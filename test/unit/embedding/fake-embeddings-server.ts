import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny OpenAI-compatible embeddings server for the upstream embedder's tests. Vectors are deterministic and
 * roughly meaningful: the sum of one pseudo-random direction per lowercase word, so texts sharing words are
 * close. Deliberately not unit length (the embedder must normalise). Strict about the path: anything but
 * `POST /v1/embeddings` is a 404, so a `/v1/v1/` join bug fails.
 */
export interface FakeEmbeddingsServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  /** Every request received, in order. */
  received: ReceivedRequest[];
  /** Answer the next requests with this status and an OpenAI-shaped error body (undefined: answer normally). */
  failWith: number | undefined;
  /** Return vectors of this length instead of the requested/default dimension. */
  wrongDimension: number | undefined;
  close(): Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { model?: string; input?: unknown; dimensions?: number; encoding_format?: string };
}

export async function startFakeEmbeddingsServer(options: { dimension?: number } = {}): Promise<FakeEmbeddingsServer> {
  const defaultDimension = options.dimension ?? 1536;
  const received: ReceivedRequest[] = [];
  let server: Server | undefined;
  const fake: FakeEmbeddingsServer = {
    baseUrl: '',
    received,
    failWith: undefined,
    wrongDimension: undefined,
    close: () => new Promise((resolve) => (server === undefined ? resolve() : server.close(() => resolve()))),
  };

  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: ReceivedRequest['body'] = {};
      try {
        body = text === '' ? {} : (JSON.parse(text) as ReceivedRequest['body']);
      } catch {
        body = {};
      }
      received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      const send = (status: number, payload: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
        send(404, { error: { message: `no route ${request.method} ${request.url}`, type: 'invalid_request_error', param: null, code: null } });
        return;
      }
      if (fake.failWith !== undefined) {
        send(fake.failWith, { error: { message: 'fake failure', type: 'server_error', param: null, code: null } });
        return;
      }
      if (typeof body.input !== 'string' || body.input === '') {
        send(400, { error: { message: 'input must be a non-empty string', type: 'invalid_request_error', param: 'input', code: null } });
        return;
      }
      const dimension = fake.wrongDimension ?? body.dimensions ?? defaultDimension;
      const words = body.input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      send(200, {
        object: 'list',
        data: [{ object: 'embedding', index: 0, embedding: Array.from(bagOfWordsVector(words, dimension)) }],
        model: body.model,
        usage: { prompt_tokens: words.length, total_tokens: words.length },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

function bagOfWordsVector(words: string[], dimension: number): Float64Array {
  const vector = new Float64Array(dimension);
  for (const word of words.length === 0 ? ['\u0000'] : words) {
    let state = 2166136261;
    for (let i = 0; i < word.length; i++) state = Math.imul(state ^ word.charCodeAt(i), 16777619);
    for (let d = 0; d < dimension; d++) {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) | 0;
      vector[d]! += 3 * (((state >>> 8) & 0xffff) / 0x8000 - 1);
    }
  }
  return vector;
}
