import { Pool } from 'undici';

/**
 * The load generator's HTTP client: undici's low-level `Pool.request` over keep-alive connections (global
 * `fetch` costs about three times as much CPU per request, DESIGN §10, which would drown what we measure).
 */
export interface Timing {
  status: number;
  /** X-Cache-Status and X-Cache-Match as received (undefined when absent, e.g. direct calls to the mock). */
  cacheStatus: string | undefined;
  cacheMatch: string | undefined;
  /** Milliseconds from sending to the response headers, to the first body byte, to the last body byte. */
  headersMs: number;
  firstByteMs: number;
  lastByteMs: number;
  /** The body as text, when asked for. */
  text?: string;
}

export interface PostOptions {
  headers?: Record<string, string>;
  keepBody?: boolean;
}

export class BenchClient {
  readonly #pool: Pool;

  constructor(origin: string, connections: number) {
    this.#pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000 });
  }

  async post(path: string, body: string, options: PostOptions = {}): Promise<Timing> {
    const started = performance.now();
    const response = await this.#pool.request({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench-key', ...options.headers },
      body,
    });
    const headersMs = performance.now() - started;
    let firstByteMs = Number.NaN;
    const chunks: Buffer[] = [];
    for await (const chunk of response.body) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      if (options.keepBody) chunks.push(chunk as Buffer);
    }
    const lastByteMs = performance.now() - started;
    if (Number.isNaN(firstByteMs)) firstByteMs = lastByteMs;
    const header = (name: string) => {
      const value = response.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    return {
      status: response.statusCode,
      cacheStatus: header('x-cache-status'),
      cacheMatch: header('x-cache-match'),
      headersMs,
      firstByteMs,
      lastByteMs,
      ...(options.keepBody && { text: Buffer.concat(chunks).toString('utf8') }),
    };
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    const response = await this.#pool.request({ method: 'GET', path, headers });
    return { status: response.statusCode, text: await response.body.text() };
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

/** A chat completion request body as a typical client sends it. */
export function chatBody(prompt: string, options: { stream?: boolean; includeUsage?: boolean; model?: string } = {}): string {
  return JSON.stringify({
    model: options.model ?? 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You are a helpful assistant. Answer briefly.' },
      { role: 'user', content: prompt },
    ],
    max_tokens: 200,
    ...(options.stream && { stream: true }),
    ...(options.stream && options.includeUsage && { stream_options: { include_usage: true } }),
  });
}

/** Runs `worker` on `concurrency` loops until `stop()` says so; returns how many calls completed. */
export async function closedLoop(concurrency: number, worker: () => Promise<void>, stop: () => boolean): Promise<number> {
  let completed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!stop()) {
        await worker();
        completed++;
      }
    }),
  );
  return completed;
}
