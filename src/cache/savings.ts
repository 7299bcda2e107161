import type { ModelPrice } from '../config/config.ts';
import { globMatches } from '../routing/glob.ts';
import type { Usage } from './chat-types.ts';

const PER_MILLION = 1_000_000;

/** What one request saved (or spent) compared with calling the upstream. */
export interface RequestSavings {
  promptTokens: number;
  completionTokens: number;
  /** USD the upstream would have billed for the answer served from the cache; 0 for unknown models. */
  upstreamUsd: number;
  /** USD the hosted embedder billed for this request (0 for the local embedder). */
  embeddingUsd: number;
}

/** The price of `model`: the first glob that matches, in configuration order (configured before built-in). */
export function priceOf(model: string | undefined, prices: readonly ModelPrice[]): ModelPrice | undefined {
  if (model === undefined) return undefined;
  return prices.find((price) => globMatches(price.model, model));
}

/**
 * Tokens and money a request saved: on a hit, the usage the upstream call would have cost at the model's
 * price; on every request, the embedding it paid for.
 *
 * @example
 * requestSavings({ saved: usage, model: 'gpt-4o-mini', embeddingTokens: 12 }, { prices, embedderPricePerMillion: 0.02 })
 */
export function requestSavings(
  request: { saved?: Usage; model?: string; embeddingTokens?: number },
  pricing: { prices: readonly ModelPrice[]; embedderPricePerMillion: number },
): RequestSavings {
  const promptTokens = tokens(request.saved?.prompt_tokens);
  const completionTokens = tokens(request.saved?.completion_tokens);
  const price = promptTokens + completionTokens > 0 ? priceOf(request.model, pricing.prices) : undefined;
  const upstreamUsd = price ? (promptTokens * price.input + completionTokens * price.output) / PER_MILLION : 0;
  const embeddingUsd = (tokens(request.embeddingTokens) * pricing.embedderPricePerMillion) / PER_MILLION;
  return { promptTokens, completionTokens, upstreamUsd, embeddingUsd };
}

/**
 * Net savings per route as a monotonic total (Prometheus counters never go down). Embedding and judge spend that hits
 * have not yet paid back is carried as a debt and deducted from the next savings, so the total is always the
 * highest net saving reached so far: equal to (saved − spent on embeddings) whenever that is at its peak, and
 * flat while embeddings cost more than they save.
 */
export class NetSavingsLedger {
  readonly #debt = new Map<string, number>();

  /** Books one request; returns the USD to add to the route's net total (≥ 0). */
  book(route: string, savings: Pick<RequestSavings, 'upstreamUsd' | 'embeddingUsd'>): number {
    const net = savings.upstreamUsd - savings.embeddingUsd - (this.#debt.get(route) ?? 0);
    if (net >= 0) {
      this.#debt.delete(route);
      return net;
    }
    this.#debt.set(route, -net);
    return 0;
  }

  /** Books money spent that saved nothing by itself (an LLM judge call): it is paid back by later savings. */
  spend(route: string, usd: number): void {
    if (usd > 0) this.#debt.set(route, (this.#debt.get(route) ?? 0) + usd);
  }

  /** Embedding spend not yet paid back by hits on `route`. */
  debt(route: string): number {
    return this.#debt.get(route) ?? 0;
  }
}

function tokens(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
