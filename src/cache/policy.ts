import type { RouteSettings } from '../config/schema.ts';

/** The client's cache directives (DESIGN.md §2), already parsed from headers. */
export interface CacheControls {
  noCache: boolean;
  noStore: boolean;
  /** `X-Cache-Threshold`, validated against the route's minThreshold. */
  threshold?: number;
  /** `X-Cache-TTL` in ms, already capped at the route's maxTtl. */
  ttlMs?: number;
  namespace?: string;
  /** `X-Cache-Explain: 1`: answer with an `X-Cache-Explain` header. */
  explain?: boolean;
  /** `Cache-Control: max-age=N` (N > 0) in ms: an entry stored longer ago is not served (max-age=0 sets noCache). */
  maxAgeMs?: number;
  /** `Cache-Control: only-if-cached`: a request the cache cannot answer gets a 504 and never reaches the upstream. */
  onlyIfCached?: boolean;
}

/**
 * The request fields the policy reads, under the names of OpenAI's APIs; each API adapter supplies them (a chat
 * completion request is one as it is).
 */
export interface PolicyInputs {
  n?: unknown;
  temperature?: unknown;
  /** Output modalities: anything but text is not cached. */
  modalities?: unknown;
  /** Chat completions' audio output settings. */
  audio?: unknown;
  /** The Responses API's background mode: the answer is fetched later, never streamed back now. */
  background?: unknown;
  /**
   * The Responses API's `conversation`: a server-side conversation that every response extends. Its id stays the
   * same while its content grows, so a cached answer would answer an earlier state of it, and a hit would leave
   * the turn out of the conversation.
   */
  conversation?: unknown;
  /**
   * A code-execution container the request reuses by id (Anthropic's `container`, a Responses
   * `code_interpreter` tool's container id): its files and state change under that id, so an answer cached for
   * one state would answer another, and a hit would leave the container unchanged.
   */
  container?: unknown;
  /**
   * Vector stores a Responses `file_search` tool searches (`vector_store_ids`): their files change under the same
   * ids, so an answer cached from one set of files would answer another (as with a container).
   */
  vectorStores?: unknown;
  /**
   * The request reads the world as it is now (live data): a hosted web search or web fetch tool, a remote MCP
   * server, a model that searches the web on every answer (adapters set it; see liveDataModel). An answer cached
   * from one day's results would answer the next day's question, like a container's or a vector store's changing
   * state.
   */
  liveData?: boolean;
  [field: string]: unknown;
}

export type CacheDecision =
  | { kind: 'bypass'; reason: BypassReason }
  | { kind: 'cache'; lookup: boolean; store: boolean };

export type BypassReason = 'route-off' | 'n-greater-than-1' | 'client-no-cache-no-store' | 'non-text-output' | 'temperature-above-max' | 'background' | 'conversation' | 'container' | 'vector-store' | 'live-data';

/** Whether a request may be answered from, and stored in, the cache. */
export function decideCaching(request: PolicyInputs, settings: RouteSettings, controls: CacheControls): CacheDecision {
  if (settings.mode === 'off') return { kind: 'bypass', reason: 'route-off' };
  if (typeof request.n === 'number' && request.n > 1) return { kind: 'bypass', reason: 'n-greater-than-1' };
  if (controls.noCache && controls.noStore) return { kind: 'bypass', reason: 'client-no-cache-no-store' };
  if (asksForNonTextOutput(request)) return { kind: 'bypass', reason: 'non-text-output' };
  if (request.background === true) return { kind: 'bypass', reason: 'background' };
  if (request.conversation !== undefined && request.conversation !== null) return { kind: 'bypass', reason: 'conversation' };
  if (request.container !== undefined && request.container !== null) return { kind: 'bypass', reason: 'container' };
  if (Array.isArray(request.vectorStores) && request.vectorStores.length > 0) return { kind: 'bypass', reason: 'vector-store' };
  if (request.liveData === true) return { kind: 'bypass', reason: 'live-data' };
  const temperature = request.temperature;
  if (settings.maxTemperature !== undefined && typeof temperature === 'number' && temperature > settings.maxTemperature) {
    return { kind: 'bypass', reason: 'temperature-above-max' };
  }
  return { kind: 'cache', lookup: !controls.noCache, store: !controls.noStore };
}

function asksForNonTextOutput(request: PolicyInputs): boolean {
  const modalities = request.modalities;
  if (Array.isArray(modalities) && modalities.some((modality) => modality !== 'text')) return true;
  return request.audio !== undefined && request.audio !== null;
}

/**
 * A model that searches the web before every answer, whatever the request asks: OpenAI's `gpt-4o-search-preview`,
 * `gpt-4o-mini-search-preview` and `gpt-5-search-api`, Perplexity's `sonar` family (served through the OpenAI API shape),
 * OpenRouter's `:online` variants (`openai/gpt-4o:online`), Groq's `compound` systems (an audit, session 34).
 */
export function liveDataModel(model: string): boolean {
  return LIVE_DATA_MODEL.test(model);
}
const LIVE_DATA_MODEL = /(?:^|[-_/.:])search(?:[-_.:]|$)|(?:^|\/)sonar(?:-|$)|:online$|(?:^|\/)compound(?:-|$)/i;

/**
 * Fields of an OpenAI-shaped chat request that other providers read as a search before answering: OpenRouter's web
 * plugin (`plugins: [{ id: "web" }]`), Azure OpenAI's "On Your Data" (`data_sources`: an index that changes under
 * its name, as a vector store does), xAI's live search (`search_parameters` with a mode other than "off").
 */
export function searchesBeforeAnswering(request: Record<string, unknown>): boolean {
  const { plugins, data_sources: dataSources, search_parameters: searchParameters } = request;
  if (Array.isArray(plugins) && plugins.some((plugin) => typeof plugin === 'object' && plugin !== null && (plugin as { id?: unknown }).id === 'web')) return true;
  if (Array.isArray(dataSources) && dataSources.length > 0) return true;
  if (typeof searchParameters === 'object' && searchParameters !== null && (searchParameters as { mode?: unknown }).mode !== 'off') return true;
  return false;
}

/**
 * A hosted tool that reads the live web or a remote server: OpenAI's `web_search*` and `mcp`, Anthropic's
 * `web_search_*`, `web_fetch_*`; or a hosted container (a shell's `environment`, a code interpreter's `container`)
 * given network access (`network_policy` other than `disabled`), which can fetch what it likes.
 */
export function isLiveDataTool(tool: unknown): boolean {
  if (typeof tool !== 'object' || tool === null) return false;
  const { type, environment, container } = tool as { type?: unknown; environment?: unknown; container?: unknown };
  return (typeof type === 'string' && LIVE_DATA_TOOL.test(type)) || grantsNetwork(environment) || grantsNetwork(container);
}

function grantsNetwork(sandbox: unknown): boolean {
  if (typeof sandbox !== 'object' || sandbox === null) return false;
  const policy = (sandbox as { network_policy?: unknown }).network_policy;
  if (policy === undefined || policy === null) return false;
  return !(typeof policy === 'object' && (policy as { type?: unknown }).type === 'disabled');
}
const LIVE_DATA_TOOL = /^(?:web_search|web_fetch|mcp$)/;
