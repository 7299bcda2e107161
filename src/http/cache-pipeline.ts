import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApiAdapter, ParsedRequest } from '../api/api-adapter.ts';
import { parseJson } from '../api/json-body.ts';
import type { Route } from '../config/config.ts';
import type { CachedAnswer } from '../cache/cached-answer.ts';
import type { ChatCache, LookupOptions, StageTimings } from '../cache/chat-cache.ts';
import type { Claim, Coalescer, LeaderAnswer, LeaderRefusal, Lease } from '../cache/coalescer.ts';
import { decideCaching, type CacheControls } from '../cache/policy.ts';
import { keyOf, type RequestKey } from '../cache/request-key.ts';
import { shadowProbe, type ShadowObserver, type ShadowProbe } from '../cache/shadow.ts';
import { partitionQuery } from '../cache/credentials.ts';
import { gatewayRouting } from '../cache/gateway-headers.ts';
import { referencesPrivateObjects } from '../cache/private-refs.ts';
import { keeperOf, SHARED_TENANT, tenantOf } from '../cache/tenant.ts';
import type { TenantSecret } from '../cache/tenant-secret.ts';
import type { Embedding } from '../embedding/embedder.ts';
import { leavesPrefixUpstream, selectRoute, type ProxyPath } from '../routing/select-route.ts';
import { boundedText } from '../observability/bounded-text.ts';
import { hasRoundedIntegers } from '../util/raw-json.ts';
import type { CacheEntry } from '../store/vector-store.ts';
import { UpstreamUnavailableError, type UpstreamClient, type UpstreamResponse } from '../upstream/upstream-client.ts';
import { parseCacheControls } from './cache-controls.ts';
import { hitHeaders, formatSimilarity, type CacheMatch, type CacheStatus } from './cache-headers.ts';
import { encodeExplanation, explainLookup } from './explain-header.ts';
import { refusalResponse, relayResponse, upstreamRequestHeaders } from './forward.ts';
import { isJsonContentType } from './json-content-type.ts';
import { notCached, ProxyError, upstreamFailure } from './proxy-error.ts';
import type { AdmissionPoint, RateLimitGate } from './rate-limit-gate.ts';
import type { ProxyRequest } from './proxy-request.ts';
import { readHeldBody, type UploadLimits } from './read-body.ts';
import { decodedBody, withDecodedBody } from './request-encoding.ts';
import type { RequestObserver, RequestRecord } from './request-observer.ts';
import { jsonHitResponse, streamHitResponse, streamMissResponse } from './streamed-responses.ts';
import { MAX_CAPTURED_BYTES } from '../streaming/stream-capture.ts';

export interface CachePipelineDeps {
  /** Longest a request waits for an identical in-flight one before calling the upstream itself. Default 60 s. */
  followTimeoutMs?: number;
  routes: readonly Route[];
  bodyLimit: number;
  /** The largest upstream answer a MISS reads to store, JSON or SSE (default MAX_CAPTURED_BYTES, 64 MiB). */
  maxAnswerBytes?: number;
  /** Body timeout and the shared in-flight byte budget (absent: neither applies). */
  upload?: UploadLimits;
  cache: ChatCache;
  /** The upstream of a route (its own `upstream.baseUrl`, else UPSTREAM_BASE_URL). */
  upstreamFor: (route: Route) => UpstreamClient;
  coalescer: Coalescer;
  tenantSecret: TenantSecret;
  observer: RequestObserver;
  /** Put the embedded text in each RequestRecord (config `logPrompts`, debug only). */
  recordPrompts?: boolean;
  /** Routes' `rateLimit` (absent: no route has one). */
  rateLimit?: RateLimitGate;
  /** Receives what shadow routes would have served (metrics). */
  shadow?: ShadowObserver;
  now?: () => number;
}

/** Everything known about one request once it has been parsed and its route chosen. */
interface Exchange<R extends ParsedRequest, A extends CachedAnswer> {
  adapter: ApiAdapter<R, A>;
  request: ProxyRequest;
  path: ProxyPath;
  raw: Uint8Array;
  body: R;
  route: Route;
  record: RequestRecord;
  started: number;
  /** Counted against the route's rate limit already. */
  admitted?: boolean;
  /** The client sent `X-Cache-Explain: 1`. */
  explain: boolean;
  /** Keyed hash of the request's credentials when it keeps its ids upstream (CacheEntry.keeper). */
  keeper?: string;
  /** Its RequestRecord went to the observer. */
  reported?: boolean;
  /** It followed a leader the upstream refused once already, and called again (see #followInflight). */
  followedRefusal?: boolean;
  /**
   * Until when it waits for a leader: one deadline for all its waits on one call (a stalled leader is followed before
   * the lookup, after it and after a lost race; each wait used to start its own, 3× the timeout: a hostile helper,
   * session 34), renewed when that call is abandoned or refused and a new one is made together.
   */
  followUntil: number;
  /** Its credentials, forwarded headers and bytes, hashed (LeaderRefusal.scope), once a refusal asks. */
  refusalScope?: string;
  /** `Cache-Control: max-age=N`: the oldest entry it may be served, in ms since it was stored. */
  maxAgeMs?: number;
  /** `Cache-Control: only-if-cached`: answered from the cache or with a 504, never by the upstream. */
  onlyIfCached?: boolean;
}

/** How far a request got, for the log line of one the proxy refused (a 400, 404, 408, 413, 429, 503…). */
interface Progress {
  started: number;
  route?: string;
  exchange?: { reported?: boolean };
}

/**
 * The cache pipeline, written once for every API shape: policy → partition → exact tier → semantic tier → HIT,
 * or MISS → upstream → client, with the answer stored off the response path (DESIGN.md §1). Everything that
 * depends on the API's wire format is asked of its ApiAdapter; this class knows no API shape.
 */
export class CachePipeline {
  readonly #deps: CachePipelineDeps;
  /**
   * Upstreams that refused the stream_options a streamed miss adds, by identity, query string (Azure accepts it
   * from one api-version on) and model: later such misses go without it. Bounded: both are the client's to choose.
   */
  readonly #refusesAddedField = new Set<string>();
  readonly #now: () => number;
  readonly #writes = new Set<Promise<void>>();

  constructor(deps: CachePipelineDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Answers one request of `adapter`'s API; proxy errors come back in that API's error shape. */
  async handle<R extends ParsedRequest, A extends CachedAnswer>(adapter: ApiAdapter<R, A>, request: ProxyRequest, path: ProxyPath, requestId: string): Promise<Response> {
    const progress: Progress = { started: performance.now() };
    try {
      return await this.#handle(adapter, request, path, requestId, progress);
    } catch (error) {
      if (!(error instanceof ProxyError)) throw error;
      // Refused before any cache outcome was reported (invalid JSON, 408, 413, 429, 503…): still one log line.
      if (progress.exchange?.reported !== true) {
        this.#deps.observer.uncached({
          requestId,
          method: request.method,
          outcome: 'refused',
          path: `${path.prefix}/v1${path.upstreamPath}`,
          route: progress.route,
          api: adapter.api,
          status: error.status,
          ...(error.code === null ? {} : { reason: error.code }),
          timings: { total: (performance.now() - progress.started) / 1_000 },
        });
      }
      return error.getResponse({}, adapter.errorBody(error));
    }
  }

  async #handle<R extends ParsedRequest, A extends CachedAnswer>(adapter: ApiAdapter<R, A>, received: ProxyRequest, path: ProxyPath, requestId: string, progress: Progress): Promise<Response> {
    // The body's bytes stay counted in the upload budget until its response is under way (readHeldBody).
    const body = await readHeldBody(received, this.#deps.bodyLimit, this.#deps.upload);
    try {
      return await this.#handleBody(adapter, received, path, requestId, progress, body.bytes);
    } finally {
      body.release();
    }
  }

  async #handleBody<R extends ParsedRequest, A extends CachedAnswer>(adapter: ApiAdapter<R, A>, received: ProxyRequest, path: ProxyPath, requestId: string, progress: Progress, bytes: Uint8Array): Promise<Response> {
    const { started } = progress;
    // A compressed body is read, keyed and forwarded decoded (request-encoding.ts).
    const raw = await decodedBody(bytes, received.header('content-encoding'), this.#deps.bodyLimit);
    const request = withDecodedBody(received);
    const json = parseJson(raw);
    const body = adapter.parse(json);
    const { header, search } = request;
    const route = selectRoute(this.#deps.routes, { prefix: path.prefix, model: body.model, header });
    progress.route = route.name;
    if (leavesPrefixUpstream(this.#deps.routes, path.prefix, route, (one) => this.#deps.upstreamFor(one).identity, adapter.upstreamApi)) {
      throw new ProxyError(404, `No ${adapter.upstreamApi} route on ${path.prefix} serves the model '${boundedText(body.model, 200)}', and the route that would (${route.name}) forwards to another upstream or API: the request is not sent there.`, { code: 'route_not_found' });
    }
    const controls = parseCacheControls(header, route.settings);
    const record: RequestRecord = { requestId, route: route.name, api: adapter.api, model: body.model, status: 'BYPASS', stream: body.stream, timings: { total: 0 } };
    const exchange: Exchange<R, A> = { adapter, request, path, raw, body, route, record, started, explain: controls.explain === true, followUntil: performance.now() + this.#followTimeoutMs, maxAgeMs: controls.maxAgeMs, onlyIfCached: controls.onlyIfCached };
    progress.exchange = exchange;

    if (route.upstreamApi !== adapter.upstreamApi) {
      // e.g. /v1/messages on an OpenAI route: not this API's upstream, so it is passed through as it came.
      record.reason = 'api-not-on-route';
      return this.#forwardUncached(exchange, 'BYPASS', 'bypass api-not-on-route');
    }
    if (hasRoundedIntegers(json)) {
      // A large body with integers beyond 2^53 (util/raw-json.ts): no exact key, so its bytes go upstream untouched.
      record.reason = 'unsafe-integers';
      return this.#forwardUncached(exchange, 'BYPASS', 'bypass unsafe-integers');
    }
    const decision = decideCaching(body.policy, route.settings, controls);
    if (route.settings.rateLimit) await this.#admit(exchange, 'before-lookup');
    if (decision.kind === 'bypass') {
      record.reason = decision.reason;
      return this.#forwardUncached(exchange, 'BYPASS', `bypass ${decision.reason}`);
    }
    if (!isJsonContentType(header('content-type'))) {
      record.reason = 'content-type';
      return this.#forwardUncached(exchange, 'BYPASS', 'bypass content-type');
    }

    if (!this.#deps.tenantSecret.known) {
      // Tenants keyed with a stand-in secret would write entries no other instance can find (see TenantSecret).
      this.#deps.observer.cacheFault('lookup', new Error('the shared tenant secret is not known yet (store unreachable)'));
      record.reason = 'cache-unavailable';
      return this.#forwardUncached(exchange, 'ERROR', 'cache-unavailable');
    }
    const tenant = tenantOf(request, route.settings, this.#deps.tenantSecret.value);
    if (body.keepsIds) exchange.keeper = keeperOf(request, this.#deps.tenantSecret.value);
    const upstream = this.#deps.upstreamFor(route).identity;
    // A request naming objects its key keeps upstream (a previous response, a file) is that key's alone, even where keys share.
    const owner = mixesKeys(route) && referencesPrivateObjects(json) ? (exchange.keeper ?? keeperOf(request, this.#deps.tenantSecret.value)) : undefined;
    const gateway = gatewayRouting(request.headers, body.model);
    const scope = { tenant, route: route.name, namespace: controls.namespace, query: partitionQuery(search), upstream, ...(exchange.keeper !== undefined && mixesKeys(route) ? { keeper: exchange.keeper } : {}), ...(owner === undefined ? {} : { owner }), ...(gateway === undefined ? {} : { gateway }) };
    let key: RequestKey;
    try {
      key = keyOf(adapter.keyParts(body, route.settings.embed, header), scope, route.settings.placement);
    } catch (error) {
      // A body its validation let through but whose shape the key cannot read (a null content block, a part's `type`
      // that is an object): the upstream judges it, uncached, rather than the client getting a 500 (a hostile
      // tester, session 29).
      this.#deps.observer.cacheFault('lookup', error);
      record.reason = 'unkeyable-body';
      return this.#forwardUncached(exchange, 'BYPASS', 'bypass unkeyable-body');
    }
    Object.assign(record, { tenant, entry: key.id, query: key.id });
    if (this.#deps.recordPrompts) record.prompt = key.text;
    const lookupOptions: LookupOptions = {
      key,
      route: route.name,
      semantic: (route.settings.mode === 'semantic' || route.settings.mode === 'shadow') && !overSemanticCap(key.text, route.settings.maxSemanticBytes),
      threshold: controls.threshold ?? route.threshold,
      minCoverage: route.settings.minCoverage,
      slideTtlMs: route.settings.slideTtl ? route.settings.ttl : undefined,
      embedContext: { authorization: header('authorization'), audience: upstream },
      // Passed over like a vanished entry, so a usable candidate behind it is still found.
      ...(body.keepsIds || controls.maxAgeMs !== undefined ? { accept: (entry: CacheEntry) => this.#usable(exchange, entry) } : {}),
      signal: exchange.request.signal,
    };

    // A shadow route never answers from the cache, not even with a concurrent request's answer.
    const serving = route.settings.mode !== 'shadow';
    let embedding: Embedding | undefined;
    let nearestSimilarity: number | undefined;
    let explanation = 'lookup-skipped no-cache';
    let shadow: ShadowProbe | undefined;
    if (decision.lookup) {
      const coalesced = serving ? await this.#followInflight(exchange, key, tenant) : undefined;
      if (coalesced instanceof Response) return coalesced;
      const outcome = await this.#deps.cache.lookup(lookupOptions);
      addTimings(record, outcome.timings);
      // A lookup the client left stopped early: its miss is no miss to forward.
      if (exchange.request.signal.aborted) throw clientLeft();
      // An entry of another shape cannot be under this API's partition; were one there, it is not served.
      if (outcome.kind === 'hit' && serving && adapter.isAnswer(outcome.entry.completion)) {
        return this.#serveHit(exchange, key, outcome.entry, outcome.match, outcome.match === 'semantic' ? outcome.similarity : undefined, exchange.explain ? explainLookup(outcome, lookupOptions.threshold, { quote: !mixesKeys(route) }) : undefined);
      }
      if (outcome.kind === 'error') {
        this.#deps.observer.cacheFault('lookup', outcome.error);
        record.reason = 'cache-unavailable';
        return serving ? this.#forwardCoalescedError(exchange, key, tenant, decision.store) : this.#forwardUncached(exchange, 'ERROR', 'cache-unavailable');
      }
      if (exchange.explain) explanation = explainLookup(outcome, lookupOptions.threshold, { quote: !mixesKeys(route) });
      if (outcome.kind === 'hit') {
        nearestSimilarity = outcome.match === 'semantic' ? outcome.similarity : undefined;
      } else {
        embedding = outcome.embedding;
        nearestSimilarity = outcome.nearestSimilarity;
        if (embedding?.billedTokens) record.embeddingTokens = embedding.billedTokens;
      }
      if (!serving && this.#deps.shadow) {
        const textOf = (answer: CachedAnswer) => (adapter.isAnswer(answer) ? adapter.comparableText(answer) : JSON.stringify(answer));
        shadow = shadowProbe(route.name, outcome, this.#deps.shadow, textOf);
        explanation = `shadow ${shadow?.lookup}; ${explanation}`;
      }
      // Another request may have taken the lead while this one looked up.
      const lateCoalesced = serving ? await this.#followInflight(exchange, key, tenant) : undefined;
      if (lateCoalesced instanceof Response) return lateCoalesced;
    }

    // A client that asked to skip the lookup still leads, but never waits for another instance's answer.
    // A shadow request leads too (its write holds the slot, as every write does) but never waits for or takes another's answer.
    // Another instance's leader is waited for as long as this process's would be (the follow deadline), no longer (a
    // hostile reviewer, session 37: a request waited 90 s, up to the upstream timeout, for a stalled leader elsewhere).
    const leadOptions = () => ({ waitForOthers: decision.lookup && serving, maxWaitMs: Math.max(0, exchange.followUntil - performance.now()), signal: exchange.request.signal, ...(lookupOptions.accept ? { accept: lookupOptions.accept } : {}) });
    if (exchange.onlyIfCached) throw notCached(decision.lookup ? 'MISS' : 'REFRESH');
    let claim = decision.store ? await this.#claim(exchange, () => this.#deps.coalescer.lead(key.id, leadOptions())) : undefined;
    if (claim?.kind === 'stored-elsewhere' && serving && adapter.isAnswer(claim.entry.completion) && this.#usable(exchange, claim.entry)) return this.#serveHit(exchange, key, claim.entry, 'coalesced');
    if (claim?.kind === 'busy' && decision.lookup && serving) {
      const raced = await this.#raceForLead(exchange, key, tenant, () => this.#deps.coalescer.lead(key.id, leadOptions()));
      if (raced instanceof Response) return raced;
      claim = raced;
      if (claim.kind === 'stored-elsewhere' && adapter.isAnswer(claim.entry.completion) && this.#usable(exchange, claim.entry)) return this.#serveHit(exchange, key, claim.entry, 'coalesced');
    }
    // A refresh that finds an earlier call in flight takes the slot over: it is the newer answer (see leadOver).
    const lease = claim?.kind === 'lead' ? claim.lease : claim?.kind === 'busy' && !decision.lookup && serving ? this.#deps.coalescer.leadOver(key.id) : undefined;
    const status: CacheStatus = decision.lookup ? 'MISS' : 'REFRESH';
    const cacheHeaders: Record<string, string> = { 'x-cache-status': status, 'x-cache-key': key.id, 'x-cache-query': key.id };
    if (nearestSimilarity !== undefined) {
      cacheHeaders['x-cache-similarity'] = formatSimilarity(nearestSimilarity);
      record.similarity = nearestSimilarity;
    }
    if (shadow) cacheHeaders['x-cache-shadow'] = record.shadow = shadow.lookup;
    if (exchange.explain) cacheHeaders['x-cache-explain'] = encodeExplanation(explanation);
    record.status = status;

    const save = decision.store
      ? (completion: A) => {
          shadow?.compare?.(completion);
          return this.#save(exchange, lease, { key, tenant, completion, embedding, controls, lookupOptions });
        }
      : undefined;
    try {
      return await this.#forwardMiss(exchange, cacheHeaders, lease, save);
    } catch (error) {
      this.#letGo(exchange, lease);
      throw error;
    }
  }

  /**
   * A request that lost the race for the lead (its lookup answered in the same tick as the winner's) follows the
   * winner after all: its answer, or the claim to go on with. Losers whose winner the upstream refused race once more,
   * so they make one new call together, whose refusal is theirs (a hostile reviewer, session 37); so do losers whose
   * winner's client left (its call went with it). After any other failure each calls on its own (racing again after
   * any failure only delayed the same calls: a second review).
   */
  async #raceForLead<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, key: RequestKey, tenant: string, lead: () => Promise<Claim>): Promise<Response | Claim> {
    const raced = await this.#followInflight(exchange, key, tenant);
    if (raced instanceof Response) return raced;
    if (raced !== RACE_AGAIN || performance.now() >= exchange.followUntil) return { kind: 'busy' };
    const claim = await this.#claim(exchange, lead);
    return claim.kind === 'busy' ? this.#raceForLead(exchange, key, tenant, lead) : claim;
  }

  /**
   * Claims the lead for a request whose client is still there: one that left is answered nobody, so it never leads (a
   * leader that fails at once, its call cancelled, sent its followers upstream one each; a hostile reviewer, session
   * 37), and a lead it was granted while it waited (for another instance's leader) is handed back to its followers.
   */
  async #claim<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, lead: () => Promise<Claim>): Promise<Claim> {
    if (exchange.request.signal.aborted) throw clientLeft();
    const claim = await lead();
    if (!exchange.request.signal.aborted) return claim;
    if (claim.kind === 'lead') claim.lease.abandon();
    throw clientLeft();
  }

  /** Frees a lease whose call did not end in an answer: abandoned when the leader's client left, else failed. */
  #letGo<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, lease: Lease | undefined): void {
    if (exchange.request.signal.aborted) lease?.abandon();
    else lease?.fail();
  }

  /**
   * Waits for an identical in-flight request of this process and serves its answer as a coalesced hit. The key is
   * the same, so the leader had this request's tenant; its answer keeps its original ids exactly when a stored
   * entry would (the leader's request stored it upstream, with its key: see #idsUsable). RACE_AGAIN: the leader's
   * client left, or the upstream refused it a first time, and the followers make one new call together; undefined:
   * there was no leader, or it failed otherwise.
   */
  async #followInflight<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, key: RequestKey, tenant: string): Promise<Response | typeof RACE_AGAIN | undefined> {
    const left = exchange.followUntil - performance.now();
    if (left <= 0) return undefined;
    const inflight = this.#deps.coalescer.follow(key.id, exchange.request.signal);
    if (!inflight) return undefined;
    const answer = await withDeadline(inflight, left);
    // Its client left while it waited: nobody to answer, and it must not lead the next call (see #claim).
    if (exchange.request.signal.aborted) throw clientLeft();
    // The leader's client left, or the upstream refused it once: the call they now make together is a new one, waited
    // for as long as the first (a hostile reviewer, session 38: with the deadline left over, followers of a leader that
    // hung up at 55 s gave up on the new call at 60 s and called one each).
    if (answer !== undefined && 'abandoned' in answer) {
      exchange.followUntil = performance.now() + this.#followTimeoutMs;
      return RACE_AGAIN;
    }
    if (answer !== undefined && 'refusal' in answer) {
      // Another request's refusal, for all the key says (other credentials on a route that shares, a field the key
      // leaves out): this one makes its own call.
      if (answer.refusal.scope !== this.#refusalScope(exchange)) return undefined;
      // A first refusal may be the leader's bad luck: the followers make one new call, behind the first of them to
      // lead. A second in a row is the upstream's state: it is their answer (see LeaderRefusal).
      if (exchange.followedRefusal === true) return this.#serveRefusal(exchange, key, answer.refusal);
      exchange.followedRefusal = true;
      exchange.followUntil = performance.now() + this.#followTimeoutMs;
      return RACE_AGAIN;
    }
    if (!answer || !exchange.adapter.isAnswer(answer.completion)) return undefined; // the leader failed or stalled: make our own call
    const entry = this.#leaderEntry(exchange, key, tenant, answer);
    return this.#idsUsable(exchange, entry) ? this.#serveHit(exchange, key, entry, 'coalesced') : undefined;
  }

  /**
   * The request's credentials, forwarded headers and bytes, hashed (LeaderRefusal.scope): computed only when a refusal
   * is handed on or received. A gateway may limit by a header the key leaves out (`Helicone-User-Id`); only headers
   * that change with every request of one client (its ids, traces, retry counts, length) are left out.
   */
  #refusalScope<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>): string {
    if (exchange.refusalScope !== undefined) return exchange.refusalScope;
    const hash = createHash('sha256').update(keeperOf(exchange.request, this.#deps.tenantSecret.value));
    for (const [name, value] of Object.entries(upstreamRequestHeaders(exchange.request, { identityEncoding: true })).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!PER_REQUEST_HEADER.test(name)) hash.update(`\0${name}:${value}`);
    }
    return (exchange.refusalScope = hash.update('\0\0').update(exchange.raw).digest('hex'));
  }

  /**
   * The upstream's refusal of the leader's call, as this follower's answer: a MISS (the upstream answered it now), as
   * the leader's was, with the refusal's status, headers and body unchanged. Nothing is stored.
   */
  #serveRefusal<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, key: RequestKey, refusal: LeaderRefusal): Response {
    const { record } = exchange;
    Object.assign(record, { status: 'MISS', reason: 'leader-refused' });
    record.upstreamStatus = refusal.status;
    this.#finish(exchange);
    return refusalResponse(refusal, { 'x-cache-status': 'MISS', 'x-cache-key': key.id, 'x-cache-query': key.id, 'x-cache-coalesced': 'leader-refused' });
  }

  /** The leader's answer as the entry it is about to store, so a follower is served as a hit of that entry. */
  #leaderEntry<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, key: RequestKey, tenant: string, answer: LeaderAnswer): CacheEntry {
    const entry: CacheEntry = {
      id: key.id,
      partition: key.partition,
      text: key.text ?? '',
      completion: answer.completion,
      route: exchange.route.name,
      model: exchange.body.model,
      tenant,
      createdAt: this.#now(),
    };
    if (answer.storedUpstream) {
      entry.storedUpstream = true; // absent otherwise, as the stores read it back
      if (answer.keeper !== undefined) entry.keeper = answer.keeper;
    }
    return entry;
  }

  /** Whether the request may be served the entry: its ids are usable (below) and it is no older than `max-age`. */
  #usable<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, entry: CacheEntry): boolean {
    return this.#idsUsable(exchange, entry) && (exchange.maxAgeMs === undefined || this.#now() - entry.createdAt <= exchange.maxAgeMs);
  }

  /**
   * Whether this request can use the entry's original ids. The upstream keeps answers requested with store: true
   * for the key that asked: an id stays valid (retrieve, previous_response_id, the Vercel AI SDK's
   * `item_reference` to an output item) only if the entry's own request stored it upstream, with this request's
   * key (CacheEntry.keeper). A request that keeps its ids (store: true) continues from them, so it is served only
   * such an entry: a fresh id would make its next turn fail with a 404. Other requests get fresh ids and can be
   * served any entry of their partition.
   */
  #idsUsable<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, entry: CacheEntry): boolean {
    if (!exchange.body.keepsIds) return true;
    if (entry.storedUpstream !== true) return false;
    if (entry.keeper !== undefined) return entry.keeper === exchange.keeper;
    // An entry written before keepers were recorded: its tenant is its key, unless the route mixes keys.
    return !mixesKeys(exchange.route) && entry.tenant !== SHARED_TENANT;
  }

  #serveHit<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, key: RequestKey, entry: CacheEntry, match: CacheMatch, similarity?: number, explanation: string | undefined = match): Response {
    const { record, body, route, adapter } = exchange;
    const answer = entry.completion as A; // checked with adapter.isAnswer by every caller
    Object.assign(record, { status: 'HIT', match, similarity, saved: adapter.usage(answer), entry: entry.id });
    const headers = hitHeaders(entry, match, key.id, this.#now(), similarity);
    if (exchange.explain && explanation !== undefined) headers['x-cache-explain'] = encodeExplanation(explanation);
    const originalIds = body.keepsIds && this.#idsUsable(exchange, entry);
    const context = { request: body, originalIds, now: this.#now(), ...route.settings.replay };
    this.#finish(exchange);
    if (body.stream) return streamHitResponse(adapter.replayStream(answer, context), headers);
    return jsonHitResponse(adapter.replayJson(answer, context), headers);
  }

  /**
   * A request whose lookup failed (a store fault, or a lookup over its time budget on a loaded process): answered by
   * the upstream with `ERROR` and stored nowhere, as before, but coalesced with this process's identical requests, so
   * a burst of one prompt during a fault makes one upstream call, not one each (a hostile tester, session 37: 300
   * identical requests for a cached prompt whose lookups outran the 50 ms budget made 299 calls). Its followers are
   * served its answer as coalesced hits. It never waits for another instance: the store is what failed.
   */
  async #forwardCoalescedError<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, key: RequestKey, tenant: string, stores: boolean): Promise<Response> {
    const followed = await this.#followInflight(exchange, key, tenant);
    if (followed instanceof Response) return followed;
    if (exchange.onlyIfCached) throw notCached('ERROR');
    // A request that must not be stored (`no-store`) is no leader whose answer others may take, as on the lookup's path.
    if (!stores) return this.#forwardUncached(exchange, 'ERROR', 'cache-unavailable');
    // This process's slot only: another instance would wait for an entry this request never writes.
    const leadHere = () => this.#deps.coalescer.lead(key.id, { waitForOthers: false, localOnly: true });
    let claim = await this.#claim(exchange, leadHere);
    if (claim.kind === 'busy') {
      const raced = await this.#raceForLead(exchange, key, tenant, leadHere);
      if (raced instanceof Response) return raced;
      claim = raced;
    }
    const lease = claim.kind === 'lead' ? claim.lease : undefined;
    exchange.record.status = 'ERROR';
    const headers: Record<string, string> = { 'x-cache-status': 'ERROR' };
    if (exchange.explain) headers['x-cache-explain'] = encodeExplanation('cache-unavailable');
    // The answer goes to the followers (Lease.complete, before this is called) and nowhere else.
    const handOver = lease === undefined ? undefined : async () => lease.release();
    try {
      return await this.#forwardMiss(exchange, headers, lease, handOver);
    } catch (error) {
      this.#letGo(exchange, lease);
      throw error;
    }
  }

  async #forwardUncached<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, status: CacheStatus, explanation: string): Promise<Response> {
    exchange.record.status = status;
    const response = await this.#sendUpstream(exchange, exchange.raw);
    const headers: Record<string, string> = { 'x-cache-status': status };
    if (exchange.explain) headers['x-cache-explain'] = encodeExplanation(explanation);
    if (exchange.body.stream) {
      this.#finish(exchange);
      return relayResponse(response, headers);
    }
    // A JSON answer is read whole from the Node stream and answered as bytes: no web stream on either side.
    const bytes = await this.#readUpstreamJson(exchange, response, headers, undefined);
    this.#finish(exchange);
    return relayResponse(response, headers, bytes);
  }

  async #forwardMiss<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, cacheHeaders: Record<string, string>, lease: Lease | undefined, save: ((completion: A) => Promise<void>) | undefined): Promise<Response> {
    const { body, adapter } = exchange;
    if (body.stream) {
      const upstreamBody = save ? adapter.streamingUpstreamBody(body, exchange.raw) : { body: exchange.raw, dropUsageChunk: false };
      const { addedField } = upstreamBody;
      // Per model too: behind a gateway one model's backend may refuse the field while the others take it.
      const refuser = `${this.#deps.upstreamFor(exchange.route).identity} ${partitionQuery(exchange.request.search) ?? ''} ${body.model}`;
      if (addedField !== undefined && this.#refusesAddedField.has(refuser)) return this.#forwardWithoutUsage(exchange, cacheHeaders, lease);
      const response = await this.#sendUpstream(exchange, upstreamBody.body);
      // A refusal is a short JSON error: a 400 said to be larger is relayed as it streams, and one found larger is
      // relayed unread.
      if (response.status === 400 && addedField !== undefined && Number(response.headers['content-length'] ?? 0) <= MAX_REFUSAL_BYTES) {
        // The body carries a field the proxy added (chat's stream_options, for usage): an upstream may refuse it
        // (Azure OpenAI before api-version 2024-09-01-preview). Then the client's own bytes, from now on at once.
        const refusal = await this.#readUpstreamJson(exchange, response, cacheHeaders, lease, MAX_REFUSAL_BYTES);
        if (refusal !== undefined && refusesField(refusal, addedField)) {
          const retried = await this.#forwardWithoutUsage(exchange, cacheHeaders, lease);
          if (retried.ok && this.#refusesAddedField.size < MAX_REFUSERS) this.#refusesAddedField.add(refuser);
          return retried;
        }
        this.#finish(exchange);
        lease?.fail();
        return relayResponse(response, cacheHeaders, refusal);
      }
      if (response.status !== 200 || !save) return this.#relayFailure(exchange, response, cacheHeaders, lease);
      if (!isEventStream(response.headers['content-type'])) {
        // One JSON body for a stream request (a gateway that does not stream, an error in a 200): read whole and relayed
        // as it came, never stored; a body that breaks off is a 502 or 504, not JSON followed by an SSE error event
        // under `application/json` (a hostile review, session 50).
        const bytes = await this.#readUpstreamJson(exchange, response, cacheHeaders, lease);
        this.#finish(exchange);
        lease?.fail();
        this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: 'not-event-stream' });
        return relayResponse(response, cacheHeaders, bytes);
      }
      this.#finish(exchange);
      const capture = {
        dropUsageChunk: upstreamBody.dropUsageChunk,
        signal: exchange.request.signal,
        assembler: adapter.newAssembler(),
        failureEvents: adapter.streamFailureEvents,
        maxCapturedBytes: this.#deps.maxAnswerBytes,
      };
      return streamMissResponse(response, cacheHeaders, capture, (outcome, final) => {
        if (outcome.kind === 'complete' && upstreamBody.requiresUsage === true && !carriesUsage(outcome.completion)) {
          // The upstream ignored the usage the body asked for: relayed, not stored (a hostile tester, session 30).
          lease?.fail();
          this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: 'no-usage' });
        } else if (outcome.kind === 'complete' && adapter.isStorable(outcome.completion, exchange.route.settings)) {
          // Waiting requests get the answer now; it is stored once the stream is over with no error after its end.
          lease?.complete({ completion: outcome.completion, storedUpstream: body.keepsIds, ...keeperOfExchange(exchange) });
          this.#track(
            final.then((ended) => {
              if (ended.kind === 'complete') return save(outcome.completion);
              lease?.release();
              this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: ended.reason });
            }),
          );
        } else {
          if (outcome.kind === 'incomplete' && outcome.reason === 'client-disconnected') lease?.abandon();
          else lease?.fail();
          this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: outcome.kind === 'complete' ? 'not-storable' : outcome.reason });
        }
      });
    }

    const response = await this.#sendUpstream(exchange, exchange.raw);
    if (response.status !== 200 || !save) return this.#relayFailure(exchange, response, cacheHeaders, lease);
    const bytes = await this.#readUpstreamJson(exchange, response, cacheHeaders, lease);
    this.#finish(exchange);
    if (bytes === undefined) {
      // Larger than a stored answer may be: relayed as it arrives, never held whole or stored.
      lease?.fail();
      this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: 'too-large' });
      return relayResponse(response, cacheHeaders);
    }
    const completion = exchange.adapter.parseAnswer(bytes);
    if (completion && exchange.adapter.isStorable(completion, exchange.route.settings)) {
      lease?.complete({ completion, storedUpstream: body.keepsIds, ...keeperOfExchange(exchange) });
      this.#track(save(completion));
    } else {
      lease?.fail();
      this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: 'not-storable' });
    }
    return relayResponse(response, cacheHeaders, bytes);
  }

  /**
   * A streamed miss sent as the client sent it, to an upstream that refuses the usage request the proxy adds: its
   * answer carries no usage, so it is relayed and not stored.
   */
  async #forwardWithoutUsage<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, cacheHeaders: Record<string, string>, lease: Lease | undefined): Promise<Response> {
    exchange.record.reason = 'stream-options-refused';
    try {
      const response = await this.#sendUpstream(exchange, exchange.raw);
      this.#deps.observer.stored({ route: exchange.route.name, stored: false, reason: 'stream-options-refused' });
      return relayResponse(response, cacheHeaders);
    } finally {
      this.#finish(exchange);
      this.#letGo(exchange, lease);
    }
  }

  /**
   * An answer not stored (an error, or a route that does not store) relayed as it came. A leader's refusal by the
   * upstream (SHARED_REFUSALS, read whole up to MAX_SHARED_REFUSAL_BYTES) is its followers' answer too (LeaderRefusal);
   * any other failure leaves them to call again.
   */
  async #relayFailure<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, response: UpstreamResponse, cacheHeaders: Record<string, string>, lease: Lease | undefined): Promise<Response> {
    if (lease !== undefined && SHARED_REFUSALS.has(response.status)) {
      const bytes = await this.#readUpstreamJson(exchange, response, cacheHeaders, lease, MAX_SHARED_REFUSAL_BYTES);
      this.#finish(exchange);
      if (bytes !== undefined) {
        lease.fail({ status: response.status, headers: response.headers, body: bytes, scope: this.#refusalScope(exchange) });
        return relayResponse(response, cacheHeaders, bytes);
      }
    } else this.#finish(exchange);
    lease?.fail();
    return relayResponse(response, cacheHeaders);
  }

  /**
   * A JSON answer's bytes, or `undefined` when it is larger than `limit` (a stored answer's most; its body then left
   * whole for the relay);
   * an upstream that sent its headers, then broke or stalled, is an upstream failure, never a proxy error.
   */
  async #readUpstreamJson<R extends ParsedRequest, A extends CachedAnswer>(
    exchange: Exchange<R, A>,
    response: UpstreamResponse,
    headers: Record<string, string>,
    lease: Lease | undefined,
    limit = this.#deps.maxAnswerBytes ?? MAX_CAPTURED_BYTES,
  ): Promise<Uint8Array | undefined> {
    try {
      return await response.bytesUpTo(limit);
    } catch (error) {
      this.#letGo(exchange, lease);
      // The client left while the body was awaited (undici destroyed it): normal traffic, counted as such by the app.
      if (exchange.request.signal.aborted) throw clientLeft();
      exchange.record.reason = 'upstream-body-failed';
      this.#finish(exchange);
      throw upstreamFailure(isTimeout(error) ? 'timeout' : 'closed-early', headers);
    }
  }

  async #sendUpstream<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, body: Uint8Array | string): Promise<UpstreamResponse> {
    // Every path to the upstream passes here: a bypass, a pass-through of another API, a failed lookup.
    if (exchange.onlyIfCached) throw notCached(exchange.record.status);
    if (exchange.route.settings.rateLimit) await this.#admit(exchange, 'before-upstream');
    const started = performance.now();
    const { request, path, record } = exchange;
    try {
      const response = await this.#deps.upstreamFor(exchange.route).send({
        method: 'POST',
        path: path.upstreamPath + request.search,
        headers: upstreamRequestHeaders(request, { identityEncoding: true }),
        body,
        // JSON too: a client that left gets no answer, so the upstream need not finish (or bill) one.
        signal: request.signal,
      });
      record.upstreamStatus = response.status;
      return response;
    } catch (error) {
      if (!(error instanceof UpstreamUnavailableError)) throw error;
      record.reason = error.reason === 'unreachable' ? 'upstream-unavailable' : `upstream-${error.reason}`;
      record.timings.upstream = (performance.now() - started) / 1_000;
      this.#finish(exchange);
      throw upstreamFailure(error.reason, { 'x-cache-status': record.status });
    } finally {
      record.timings.upstream = (performance.now() - started) / 1_000;
    }
  }

  /** Writes the answer, then frees the coalescing slot: followers that arrive until then wait for it. */
  async #save<R extends ParsedRequest, A extends CachedAnswer>(
    exchange: Exchange<R, A>,
    lease: Lease | undefined,
    input: { key: RequestKey; tenant: string; completion: A; embedding: Embedding | undefined; controls: CacheControls; lookupOptions: LookupOptions },
  ): Promise<void> {
    const { route } = exchange;
    try {
      // A refresh took this call's digest over: its newer answer stays.
      if (lease?.superseded === true) {
        this.#deps.observer.stored({ route: route.name, stored: false, reason: 'superseded' });
        return;
      }
      await this.#deps.cache.save({
        key: input.key,
        completion: exchange.adapter.storedForm?.(input.completion) ?? input.completion,
        route: route.name,
        model: exchange.body.model,
        tenant: input.tenant,
        storedUpstream: exchange.body.keepsIds,
        ...keeperOfExchange(exchange),
        ttlMs: input.controls.ttlMs ?? route.settings.ttl,
        embedding: input.embedding,
        semantic: input.lookupOptions.semantic,
        minCoverage: input.lookupOptions.minCoverage,
        embedContext: input.lookupOptions.embedContext,
      });
      this.#deps.observer.stored({ route: route.name, stored: true, entry: input.key.id, tenant: input.tenant, model: exchange.body.model });
    } catch (error) {
      this.#deps.observer.cacheFault('store', error);
      this.#deps.observer.stored({ route: route.name, stored: false, reason: 'store-failed' });
    } finally {
      lease?.release();
    }
  }

  /** Counts the request against its route's rate limit once (see AdmissionPoint); a 429 ProxyError when over. */
  async #admit<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>, point: AdmissionPoint): Promise<void> {
    if (!this.#deps.rateLimit || exchange.admitted) return;
    exchange.admitted = await this.#deps.rateLimit.admit(exchange.route, exchange.request, point);
  }

  /** Resolves once every write started so far has landed or failed (for graceful shutdown). */
  async drain(): Promise<void> {
    while (this.#writes.size > 0) await Promise.allSettled([...this.#writes]);
  }

  #track(write: Promise<void>): void {
    this.#writes.add(write);
    void write.finally(() => this.#writes.delete(write));
  }

  get #followTimeoutMs(): number {
    return this.#deps.followTimeoutMs ?? DEFAULT_FOLLOW_TIMEOUT_MS;
  }

  #finish<R extends ParsedRequest, A extends CachedAnswer>(exchange: Exchange<R, A>): void {
    exchange.record.timings.total = (performance.now() - exchange.started) / 1_000;
    exchange.reported = true;
    this.#deps.observer.request(exchange.record);
  }
}

/** Request headers that differ between two requests of one client: left out of a refusal's scope (see #refusalScope). */
const PER_REQUEST_HEADER = /^(?:x-request-id|request-id|x-stainless-[\w-]+|traceparent|tracestate|baggage|x-b3-[\w-]+|x-amzn-trace-id|x-cloud-trace-context|sentry-trace|content-length|idempotency-key|x-idempotency-key|date)$/u;

/** What #followInflight answers when its leader's call ended so that the followers make one new call together. */
const RACE_AGAIN = Symbol('race again');

/** What a request whose client left throws: the app answers it as a client that closed the connection. */
function clientLeft(): DOMException {
  return new DOMException('the client closed the connection', 'AbortError');
}

/** A follower never waits longer than this for a leader (a stalled leader client must not hold it forever). */
const DEFAULT_FOLLOW_TIMEOUT_MS = 60_000;

/** The promise's value, or undefined once `ms` have passed. */
async function withDeadline<T>(promise: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function isTimeout(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return (error as { code?: string }).code === 'UND_ERR_BODY_TIMEOUT' || cause?.code === 'UND_ERR_BODY_TIMEOUT';
}

function addTimings(record: RequestRecord, timings: StageTimings): void {
  if (timings.lookup !== undefined) record.timings.lookup = timings.lookup / 1_000;
  if (timings.embed !== undefined) record.timings.embed = timings.embed / 1_000;
  if (timings.knn !== undefined) record.timings.knn = timings.knn / 1_000;
}

/** A text too long to embed and verify without stalling the event loop: it gets the exact tier only. */
function overSemanticCap(text: string | undefined, maxBytes: number): boolean {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: most texts are decided without counting.
  return text !== undefined && text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes;
}

/**
 * Whether an upstream's 400 refuses `field` as unknown, not merely quotes it: OpenAI-compatible servers say
 * "Unrecognized request argument supplied: stream_options" (Azure OpenAI), or name it as the `param` of an
 * unknown-parameter error, or as an extra field ("Extra inputs are not permitted").
 */
function refusesField(body: Uint8Array, field: string): boolean {
  let error: { message?: unknown; param?: unknown; code?: unknown } | undefined;
  try {
    error = (JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')) as { error?: typeof error }).error;
  } catch {
    return false;
  }
  if (typeof error !== 'object' || error === null) return false;
  const message = typeof error.message === 'string' ? error.message : '';
  if (error.param === field && REFUSAL.test(String(error.code))) return true;
  if (error.param === field && REFUSAL.test(message)) return true;
  // The field named near a word of refusal, in either order, within one sentence.
  for (let at = message.indexOf(field); at !== -1; at = message.indexOf(field, at + field.length)) {
    const before = message.slice(Math.max(0, at - NEAR_CHARACTERS), at).split(/[.\n]/u).at(-1)!;
    const after = message.slice(at + field.length, at + field.length + NEAR_CHARACTERS).split(/[.\n]/u)[0]!;
    if (REFUSAL.test(before) || REFUSAL.test(after)) return true;
  }
  return false;
}
/** Whether an answer has a usage object (an upstream may leave it out of a stream although asked for it). */
function carriesUsage(answer: CachedAnswer): boolean {
  const usage = (answer as { usage?: unknown }).usage;
  return typeof usage === 'object' && usage !== null;
}
const REFUSAL = /unknown|unrecognized|unexpected|unsupported|extra|not (?:permitted|allowed|supported)/iu;
/**
 * Upstream statuses that refuse a call for the upstream's own state, not the request's content: too many requests,
 * a timeout, a server error, Anthropic's overloaded 529. A coalesced leader's followers are answered these (see
 * LeaderRefusal); a 4xx about the body (400, 404, 422) may not be theirs, as their bodies may differ in fields the key
 * leaves out, so they call again.
 */
const SHARED_REFUSALS: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504, 529]);
/** The largest refusal body held to answer a leader's followers; a larger one is relayed as it streams, and they call again. */
const MAX_SHARED_REFUSAL_BYTES = 64 * 1024;
/** The largest 400 body read to see whether it refuses the added field. */
const MAX_REFUSAL_BYTES = 64 * 1024;
/** How far from the field a word of refusal may stand ("Unrecognized request argument supplied: stream_options"). */
const NEAR_CHARACTERS = 60;
/** Upstream and query-string pairs remembered as refusing stream_options, at most. */
const MAX_REFUSERS = 64;

/** The exchange's keeper as an optional field (CacheEntry.keeper), present only when it keeps its ids upstream. */
function keeperOfExchange(exchange: { keeper?: string }): { keeper?: string } {
  return exchange.keeper === undefined ? {} : { keeper: exchange.keeper };
}

/** Whether a route's tenant may hold several API keys: `share`, or a tenant named by a trusted header. */
function mixesKeys(route: Route): boolean {
  const { settings } = route;
  return settings.share || (settings.trustTenantHeader && settings.tenantHeader !== undefined);
}

/** Whether an upstream's Content-Type is an event stream, or absent (relayed as the stream the request asked for). */
function isEventStream(contentType: string | string[] | undefined): boolean {
  const value = Array.isArray(contentType) ? contentType[0] : contentType;
  return value === undefined || /^\s*text\/event-stream\b/iu.test(value);
}
