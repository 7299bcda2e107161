import type { ChatCompletion } from '../../src/cache/chat-types.ts';
/**
 * Mixed traffic with injected upstream faults, for the loopback load test (test/integration/load.test.ts) and the
 * soak (bench/soak.ts): what to send, how to send it, and how to tell a proxy-caused failure from an injected one.
 *
 * Every request names its fault in `x-mock-behaviour` (see MockUpstream), so the outcome it should have is known
 * per request, whatever the concurrency: an upstream 5xx passes through, a broken stream reaches the client broken,
 * a hanging upstream becomes a 502/504 after the proxy's upstream timeout, and a HIT is always a complete answer.
 * Anything else is the proxy's fault. Stored entries are checked as they are written (CheckingStore): each must be
 * a complete answer of a call that had no fault injected.
 */
import { EmbeddedStore, type EmbeddedStoreOptions } from '../../src/store/embedded/embedded-store.ts';
import type { CacheEntry, GetOptions, InvalidationFilter, Neighbour, StoreStats, VectorStore } from '../../src/store/vector-store.ts';
import type { MockBehaviour, MockUpstream } from './mock-upstream.ts';

export type Fault =
  | { kind: 'none' }
  | { kind: 'error'; status: number }
  /** Upstream resets the connection mid-stream. */
  | { kind: 'broken-stream' }
  /** Upstream ends the stream cleanly but without `data: [DONE]`. */
  | { kind: 'no-done' }
  | { kind: 'malformed' }
  | { kind: 'error-event' }
  /** Upstream never sends headers: the proxy's upstream timeout answers. */
  | { kind: 'hang' }
  /** Upstream stalls mid-stream: the proxy's upstream (body) timeout cuts it. */
  | { kind: 'hang-mid-stream' }
  /** The client hangs up after the first bytes. */
  | { kind: 'client-abort' };

export interface PlannedRequest {
  index: number;
  apiKey: string;
  prompt: string;
  stream: boolean;
  fault: Fault;
  cacheControl?: 'no-cache' | 'no-store';
}

export interface Observed {
  status: number;
  cacheStatus: string | null;
  /** `X-Cache-Coalesced`: `leader-refused` when the answer is the upstream's refusal of an identical request's call. */
  coalesced?: string | null;
  body: string;
  /** Reading the body failed (the stream broke). */
  bodyError?: string;
  /** fetch itself failed (no response). */
  requestError?: string;
}

const TOPICS = ['tide pools', 'glacier retreat', 'sourdough starters', 'bridge cables', 'honeybee dances', 'solar flares', 'river deltas', 'jazz harmony', 'coral bleaching', 'lichen growth', 'volcanic soil', 'paper making', 'clock escapements', 'desert dew', 'kelp forests', 'owl hearing', 'salt marshes', 'glass blowing', 'comet tails', 'moss gardens'];
const ASKS = ['Explain how', 'Give three facts about how', 'Describe briefly how', 'Summarise what is known about how', 'Tell a student how'];
const ANGLES = ['weather changes', 'people study', 'history shaped', 'engineers measure', 'children notice'];

/** `count` distinct natural-language prompts, each with its own reference number (the guards keep them apart). */
export function promptPool(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const ask = ASKS[Math.floor(i / TOPICS.length) % ASKS.length]!;
    const angle = ANGLES[Math.floor(i / (TOPICS.length * ASKS.length)) % ANGLES.length]!;
    return `${ask} ${angle} ${topic}, case ${1_000 + i}?`;
  });
}

export { seededRandom } from '../../src/util/seeded-random.ts';

const STREAM_FAULTS: Array<[number, Fault]> = [
  [5, { kind: 'broken-stream' }],
  [3, { kind: 'no-done' }],
  [3, { kind: 'malformed' }],
  [3, { kind: 'error-event' }],
  [1, { kind: 'hang-mid-stream' }],
  [3, { kind: 'client-abort' }],
];

/** The i-th request of a run: ~75% clean, the rest 5xx, hangs and (for streams) broken, stalled or abandoned streams. */
export function planRequest(index: number, random: () => number, prompts: readonly string[]): PlannedRequest {
  const stream = random() < 0.4;
  const roll = random() * 100;
  let fault: Fault = { kind: 'none' };
  if (roll < 8) fault = { kind: 'error', status: [500, 502, 503, 429][Math.floor(random() * 4)]! };
  else if (roll < 9) fault = { kind: 'hang' };
  else if (stream && roll < 9 + STREAM_FAULTS.reduce((sum, [weight]) => sum + weight, 0)) {
    let left = roll - 9;
    for (const [weight, candidate] of STREAM_FAULTS) {
      if (left < weight) {
        fault = candidate;
        break;
      }
      left -= weight;
    }
  }
  const controlRoll = random();
  return {
    index,
    apiKey: random() < 0.5 ? 'sk-load-tenant-a' : 'sk-load-tenant-b',
    // Skewed towards the first prompts, so some are asked often (hits) and many rarely (misses).
    prompt: prompts[Math.floor(random() ** 2 * prompts.length)]!,
    stream,
    fault,
    cacheControl: controlRoll < 0.04 ? 'no-cache' : controlRoll < 0.08 ? 'no-store' : undefined,
  };
}

function mockBehaviour(fault: Fault): MockBehaviour | undefined {
  switch (fault.kind) {
    case 'none':
    case 'client-abort':
      return undefined;
    case 'error':
      return { kind: 'error', status: fault.status };
    case 'broken-stream':
      return { kind: 'broken-stream', afterChunks: 1 };
    case 'hang':
      return { kind: 'hang' };
    case 'hang-mid-stream':
      return { kind: 'hang', afterChunks: 1 };
    default:
      return { kind: fault.kind };
  }
}

/** Sends one planned request to the proxy at `origin` and reads its whole answer (or what arrives of it). */
export async function send(origin: string, planned: PlannedRequest): Promise<Observed> {
  const headers: Record<string, string> = { authorization: `Bearer ${planned.apiKey}`, 'content-type': 'application/json', 'x-request-id': `load-${planned.index}` };
  const behaviour = mockBehaviour(planned.fault);
  if (behaviour) headers['x-mock-behaviour'] = JSON.stringify(behaviour);
  if (planned.cacheControl) headers['cache-control'] = planned.cacheControl;
  const abort = new AbortController();
  let response: Response;
  try {
    response = await fetch(`${origin}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: planned.prompt }], stream: planned.stream }),
      signal: abort.signal,
    });
  } catch (error) {
    return { status: 0, cacheStatus: null, body: '', requestError: String(error) };
  }
  const observed: Observed = { status: response.status, cacheStatus: response.headers.get('x-cache-status'), coalesced: response.headers.get('x-cache-coalesced'), body: '' };
  try {
    if (planned.fault.kind === 'client-abort' && response.body) {
      const reader = response.body.getReader();
      const first = await reader.read();
      observed.body = first.value ? Buffer.from(first.value).toString('utf8') : '';
      abort.abort();
      await reader.cancel().catch(() => {});
    } else {
      observed.body = await response.text();
    }
  } catch (error) {
    observed.bodyError = String(error);
  }
  return observed;
}

const ANSWER = /^Answer #(\d+) to: ([\s\S]*)$/;

/** Why `observed` is a failure the proxy caused, or undefined when it is what the injected fault explains. */
export function judge(planned: PlannedRequest, observed: Observed, prompts: ReadonlySet<string>): string | undefined {
  const fault = planned.fault.kind;
  if (observed.requestError) return `request failed: ${observed.requestError}`;
  // A follower of identical calls the upstream refused twice in a row is answered the refusal (README, coalescing):
  // whatever fault it planned, the answer is the upstream's error, passed through whole.
  if (observed.coalesced === 'leader-refused') {
    return observed.cacheStatus === 'MISS' && (observed.status === 429 || observed.status >= 500) && /mock upstream error \d+/u.test(observed.body) ? undefined : `a coalesced refusal answered ${observed.status} ${observed.body.slice(0, 200)}`;
  }
  if (observed.status >= 500 && fault !== 'error' && !lostUpstream(fault, observed)) return `status ${observed.status}: ${observed.body.slice(0, 200)}`;
  if (fault === 'client-abort') return observed.status === 200 ? undefined : `status ${observed.status} before the client left`;
  if (observed.cacheStatus === 'HIT') {
    // Served from the cache: the injected fault never ran, and the answer must be whole.
    return observed.status === 200 ? completeness(planned.stream, observed, prompts) : `HIT with status ${observed.status}`;
  }
  if (lostUpstream(planned.fault.kind, observed)) {
    // The upstream's connection failed before its response headers: the proxy answers for it.
    return isOpenAiError(observed.body) ? undefined : `upstream failure body is not OpenAI-shaped: ${observed.body.slice(0, 200)}`;
  }
  if (!['MISS', 'REFRESH', 'BYPASS'].includes(observed.cacheStatus ?? '')) return `X-Cache-Status ${observed.cacheStatus}`;
  switch (planned.fault.kind) {
    case 'none':
      return observed.status === 200 ? completeness(planned.stream, observed, prompts) : `status ${observed.status} for a clean upstream answer`;
    case 'error':
      if (observed.status !== planned.fault.status) return `upstream ${planned.fault.status} became ${observed.status}`;
      return observed.body.includes(`mock upstream error ${planned.fault.status}`) ? undefined : `upstream error body not passed through: ${observed.body.slice(0, 200)}`;
    case 'hang':
      return `hanging upstream answered ${observed.status}`;
    case 'broken-stream':
    case 'hang-mid-stream':
      if (observed.status !== 200) return `broken stream answered ${observed.status}`;
      return observed.bodyError !== undefined || !observed.body.includes('data: [DONE]') ? undefined : 'a broken upstream stream reached the client whole';
    case 'no-done':
      return observed.status === 200 && !observed.body.includes('[DONE]') && observed.bodyError === undefined ? undefined : `no-done stream: status ${observed.status}, error ${observed.bodyError}`;
    case 'malformed':
      return observed.status === 200 && observed.body.includes('this is not json') ? undefined : 'malformed chunk not passed through';
    case 'error-event':
      return observed.status === 200 && observed.body.includes('mock mid-stream error') ? undefined : 'mid-stream error event not passed through';
  }
}

/**
 * A 502/504 for a fault that can cut the upstream connection before its headers arrive: a hang always does (the
 * proxy's timeout), a stream broken after its first chunk may (the mock's buffered bytes die with the socket).
 */
function lostUpstream(fault: Fault['kind'], observed: Observed): boolean {
  const canLoseIt = fault === 'hang' || fault === 'broken-stream' || fault === 'hang-mid-stream';
  return canLoseIt && (observed.status === 502 || observed.status === 504);
}

/** A whole answer: JSON with finish_reason stop, or SSE ending in [DONE] whose chunks assemble to one. */
function completeness(stream: boolean, observed: Observed, prompts: ReadonlySet<string>): string | undefined {
  if (observed.bodyError) return `body broke: ${observed.bodyError}`;
  let content = '';
  let finish: unknown;
  try {
    if (!stream) {
      const parsed = JSON.parse(observed.body);
      content = parsed.choices?.[0]?.message?.content ?? '';
      finish = parsed.choices?.[0]?.finish_reason;
    } else {
      const data = observed.body.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
      if (data.at(-1) !== '[DONE]') return 'stream did not end with [DONE]';
      for (const line of data.slice(0, -1)) {
        const chunk = JSON.parse(line);
        content += chunk.choices?.[0]?.delta?.content ?? '';
        finish = chunk.choices?.[0]?.finish_reason ?? finish;
      }
    }
  } catch (error) {
    return `unparseable answer: ${String(error)}`;
  }
  if (finish !== 'stop') return `finish_reason ${String(finish)}`;
  const answer = ANSWER.exec(content);
  if (!answer || !prompts.has(answer[2]!)) return `incomplete answer: ${content.slice(0, 200)}`;
  return undefined;
}

function isOpenAiError(body: string): boolean {
  try {
    const error = JSON.parse(body).error;
    return typeof error?.message === 'string' && typeof error?.type === 'string' && 'param' in error && 'code' in error;
  } catch {
    return false;
  }
}

/** Runs `count` planned requests against `origin`, `concurrency` at a time; calls `onDone` for each. */
export async function runTraffic(options: {
  origin: string;
  count: number;
  concurrency: number;
  plan: (index: number) => PlannedRequest;
  onDone: (planned: PlannedRequest, observed: Observed) => void;
}): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < options.count) {
      const planned = options.plan(next++);
      options.onDone(planned, await send(options.origin, planned));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}

/**
 * The fault each mock call had, by call number (the `#N` of "Answer #N"), kept compactly so the mock's call log
 * (which holds every body) can be emptied during a long run.
 */
export class CallLedger {
  readonly #mock: MockUpstream;
  readonly #kinds: string[] = [];

  constructor(mock: MockUpstream) {
    this.#mock = mock;
  }

  /** The fault kind of chat call `call` (1-based), `ok` when none was injected. */
  kindOf(call: number): string | undefined {
    const compacted = this.#kinds[call - 1];
    if (compacted !== undefined) return compacted;
    const recorded = this.#mock.chatCalls[call - 1 - this.#kinds.length];
    return recorded ? kindOfHeader(recorded.headers['x-mock-behaviour']) : undefined;
  }

  /** Moves the mock's call log into the ledger and empties it. */
  compact(): void {
    for (const call of this.#mock.chatCalls) this.#kinds.push(kindOfHeader(call.headers['x-mock-behaviour']));
    this.#mock.calls.length = 0;
  }
}

function kindOfHeader(header: string | string[] | undefined): string {
  return typeof header === 'string' ? (JSON.parse(header) as MockBehaviour).kind : 'ok';
}

/**
 * The embedded store, checking every entry as it is written: a complete answer (finish_reason stop, the mock's
 * whole "Answer #N to: <prompt>" for this entry's prompt, usage) of a mock call that had no fault injected.
 * Problems are kept (at most 100) for the test to report.
 */
export class CheckingStore implements VectorStore {
  readonly problems: string[] = [];
  puts = 0;
  readonly #inner: EmbeddedStore;
  readonly #ledger: CallLedger;

  constructor(options: EmbeddedStoreOptions & { ledger: CallLedger }) {
    this.#inner = new EmbeddedStore(options);
    this.#ledger = options.ledger;
  }

  readonly kind = 'embedded' as const;

  get semantic(): boolean {
    return this.#inner.semantic;
  }
  get reachable(): boolean {
    return this.#inner.reachable;
  }

  put(entry: CacheEntry, ttlMs: number): Promise<void> {
    this.puts++;
    const problem = this.#check(entry);
    if (problem && this.problems.length < 100) this.problems.push(problem);
    return this.#inner.put(entry, ttlMs);
  }

  #check(stored: CacheEntry): string | undefined {
    const entry = { ...stored, completion: stored.completion as ChatCompletion };
    const choice = entry.completion.choices?.[0];
    if (entry.completion.choices?.length !== 1 || choice?.finish_reason !== 'stop') return `stored finish_reason ${choice?.finish_reason}`;
    if (!entry.completion.usage) return 'stored without usage';
    const content = typeof choice.message?.content === 'string' ? choice.message.content : '';
    const answer = ANSWER.exec(content);
    if (!answer) return `stored a partial answer: ${content.slice(0, 120)}`;
    if (answer[2] !== entry.text) return `stored "${content.slice(0, 120)}" for "${entry.text}"`;
    const kind = this.#ledger.kindOf(Number(answer[1]));
    return kind === 'ok' ? undefined : `stored the answer of call #${answer[1]}, which had fault ${kind}`;
  }

  start(): Promise<void> {
    return this.#inner.start();
  }
  get(id: string, options?: GetOptions): Promise<CacheEntry | undefined> {
    return this.#inner.get(id, options);
  }
  nearest(partition: string, vector: Float32Array, k: number): Promise<Neighbour[]> {
    return this.#inner.nearest(partition, vector, k);
  }
  delete(id: string): Promise<boolean> {
    return this.#inner.delete(id);
  }
  forgetAnswer(answerId: string, keeper: string): Promise<boolean> {
    return this.#inner.forgetAnswer(answerId, keeper);
  }
  invalidate(filter: InvalidationFilter): Promise<number> {
    return this.#inner.invalidate(filter);
  }
  flush(): Promise<number> {
    return this.#inner.flush();
  }
  rejectPair(queryDigest: string, entryId: string, ttlMs: number): Promise<void> {
    return this.#inner.rejectPair(queryDigest, entryId, ttlMs);
  }
  isRejected(queryDigest: string, entryId: string): Promise<boolean> {
    return this.#inner.isRejected(queryDigest, entryId);
  }
  stats(): Promise<StoreStats> {
    return this.#inner.stats();
  }
  close(): Promise<void> {
    return this.#inner.close();
  }
}
