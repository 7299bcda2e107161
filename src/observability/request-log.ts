import type { RequestObserver, RequestRecord, UncachedRecord } from '../http/request-observer.ts';
import { boundedOptional, boundedText } from './bounded-text.ts';
import { describeError } from './describe-error.ts';
import { FaultThrottle } from './fault-throttle.ts';
import { STAGES } from './metrics.ts';
import type { Logger } from './logger.ts';

export interface RequestLogOptions {
  /** At most one fault line per stage per interval (default 10 s). */
  faultIntervalMs?: number;
  /** Include the embedded text (debug only, `logPrompts`); API keys are never logged. */
  logPrompts?: boolean;
  now?: () => number;
}

/**
 * One JSON line per proxied chat completion (request id, route, cache status, match, similarity, stage timings,
 * upstream status) and rate-limited warnings for cache faults. Lines carry no messages and no keys
 * (DESIGN.md §6); the record it receives is content-free, except `prompt` when `logPrompts` is on.
 */
export class RequestLog implements RequestObserver {
  readonly #logger: Logger;
  readonly #throttle: FaultThrottle;
  readonly #logPrompts: boolean;

  constructor(logger: Logger, options: RequestLogOptions = {}) {
    this.#logger = logger;
    this.#throttle = new FaultThrottle({ intervalMs: options.faultIntervalMs ?? 10_000, now: options.now });
    this.#logPrompts = options.logPrompts ?? false;
  }

  request(record: RequestRecord): void {
    if (!this.#logger.isLevelEnabled('info')) return;
    this.#logger.info(
      {
        reqId: boundedText(record.requestId),
        route: boundedText(record.route),
        api: record.api,
        model: boundedOptional(record.model),
        cacheStatus: record.status,
        match: record.match,
        similarity: record.similarity === undefined ? undefined : round(Math.max(0, record.similarity), 4),
        stream: record.stream,
        upstreamStatus: record.upstreamStatus,
        reason: boundedOptional(record.reason),
        shadow: record.shadow,
        timingsMs: millis(record.timings),
        savedTokens: record.saved ? { prompt: record.saved.prompt_tokens, completion: record.saved.completion_tokens } : undefined,
        embeddingTokens: record.embeddingTokens || undefined,
        prompt: this.#logPrompts ? boundedOptional(record.prompt, MAX_PROMPT_CHARACTERS) : undefined,
      },
      'request',
    );
  }

  /**
   * The same line for a pass-through or a refused request, with what applies: no cache status, the HTTP status
   * answered, and the method and canonical path (never the query string, which may carry a key).
   */
  uncached(record: UncachedRecord): void {
    if (!this.#logger.isLevelEnabled('info')) return;
    this.#logger.info(
      {
        reqId: boundedText(record.requestId),
        route: boundedOptional(record.route),
        api: record.api,
        method: boundedOptional(record.method, MAX_METHOD_CHARACTERS),
        path: boundedOptional(record.path === undefined ? undefined : withoutKeys(record.path)),
        outcome: record.outcome,
        status: record.status,
        upstreamStatus: record.upstreamStatus,
        reason: boundedOptional(record.reason),
        timingsMs: { total: round(record.timings.total * 1_000, 3) },
      },
      'request',
    );
  }

  cacheFault(stage: 'lookup' | 'store', error: unknown): void {
    const decision = this.#throttle.admit(stage);
    if (!decision.log) return;
    this.#logger.warn(
      { stage, error: describeError(error), suppressed: decision.suppressed },
      `cache ${stage} failed; requests are answered by the upstream (further ${stage} faults logged at most once per interval)`,
    );
  }

  stored(outcome: { route: string; stored: boolean; reason?: string }): void {
    this.#logger.debug({ route: boundedText(outcome.route), stored: outcome.stored, reason: boundedOptional(outcome.reason) }, 'cache write');
  }
}

/** `logPrompts` is a debug aid: enough of the embedded text to recognise it, never megabytes per line. */
const MAX_PROMPT_CHARACTERS = 2_048;
/** Methods are tokens the client chooses (`PROPFIND`, or a made-up one): a short cap. */
const MAX_METHOD_CHARACTERS = 32;

function millis(timings: RequestRecord['timings']): Record<string, number> {
  const result: Record<string, number> = {};
  for (const stage of STAGES) {
    const seconds = timings[stage];
    if (seconds !== undefined) result[stage] = round(seconds * 1_000, 3);
  }
  return result;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * A path with what looks like an API key in it replaced: OpenAI's and Anthropic's (and OpenRouter's, DeepSeek's) `sk-…`,
 * Google's `AIza…`, Groq's `gsk_…`, Hugging Face's `hf_…`, xAI's `xai-…`, Perplexity's `pplx-…`, Replicate's `r8_…`,
 * Fireworks' `fw_…` (a hostile review, session 54, found the last six logged as they were). A client
 * that pastes its key into a path (`DELETE /admin/entries/sk-proj-…`) is refused, and the refusal is logged with its
 * path (a hostile tester, session 37); the key must not go with it.
 */
function withoutKeys(path: string): string {
  return path.replace(KEY_IN_PATH, '[redacted]');
}
const KEY_IN_PATH = /\b(?:sk-[A-Za-z0-9_-]{8,}|AIza[A-Za-z0-9_-]{20,}|(?:gsk|hf|r8|fw)_[A-Za-z0-9]{16,}|(?:xai|pplx)-[A-Za-z0-9_-]{16,})/gu;
