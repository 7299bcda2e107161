import { describe, expect, it } from 'vitest';
import { NetSavingsLedger, priceOf, requestSavings } from '../../../src/cache/savings.ts';

const prices = [
  { model: 'gpt-4o-mini*', input: 0.15, output: 0.6 },
  { model: 'gpt-4o*', input: 2.5, output: 10 },
];
const usage = { prompt_tokens: 2_000, completion_tokens: 1_000, total_tokens: 3_000 };

describe('priceOf', () => {
  it('takes the first matching glob, so a specific price listed first wins', () => {
    expect(priceOf('gpt-4o-mini-2024-07-18', prices)?.input).toBe(0.15);
    expect(priceOf('gpt-4o-2024-08-06', prices)?.input).toBe(2.5);
    expect(priceOf('llama3', prices)).toBeUndefined();
    expect(priceOf(undefined, prices)).toBeUndefined();
  });
});

describe('requestSavings', () => {
  it('prices the saved usage per million tokens and the embedding at the embedder price', () => {
    const savings = requestSavings({ saved: usage, model: 'gpt-4o', embeddingTokens: 50 }, { prices, embedderPricePerMillion: 0.02 });
    expect(savings.promptTokens).toBe(2_000);
    expect(savings.completionTokens).toBe(1_000);
    expect(savings.upstreamUsd).toBeCloseTo((2_000 * 2.5 + 1_000 * 10) / 1e6, 12);
    expect(savings.embeddingUsd).toBeCloseTo((50 * 0.02) / 1e6, 12);
  });

  it('saves nothing on a request without saved usage, and ignores malformed usage numbers', () => {
    expect(requestSavings({ model: 'gpt-4o' }, { prices, embedderPricePerMillion: 0 })).toEqual({ promptTokens: 0, completionTokens: 0, upstreamUsd: 0, embeddingUsd: 0 });
    const odd = { prompt_tokens: -5, completion_tokens: Number.NaN, total_tokens: 0 };
    expect(requestSavings({ saved: odd, model: 'gpt-4o' }, { prices, embedderPricePerMillion: 0 }).upstreamUsd).toBe(0);
  });
});

describe('NetSavingsLedger', () => {
  it('adds judge spending to the debt, so the next savings are booked net of it', () => {
    const ledger = new NetSavingsLedger();
    ledger.spend('a', 0.5);
    ledger.spend('a', 0.25);
    ledger.spend('a', 0);
    expect(ledger.debt('a')).toBe(0.75);
    expect(ledger.book('a', { upstreamUsd: 2, embeddingUsd: 0 })).toBe(1.25);
    expect(ledger.debt('a')).toBe(0);
  });

  it('carries embedding spend as a debt per route and pays it from later savings', () => {
    const ledger = new NetSavingsLedger();
    expect(ledger.book('a', { upstreamUsd: 0, embeddingUsd: 3 })).toBe(0);
    expect(ledger.debt('a')).toBe(3);
    expect(ledger.book('b', { upstreamUsd: 1, embeddingUsd: 0 })).toBe(1); // other routes are unaffected
    expect(ledger.book('a', { upstreamUsd: 2, embeddingUsd: 0 })).toBe(0);
    expect(ledger.debt('a')).toBe(1);
    expect(ledger.book('a', { upstreamUsd: 5, embeddingUsd: 1 })).toBe(3);
    expect(ledger.debt('a')).toBe(0);
  });

  it('totals saved − spent whenever savings lead', () => {
    const ledger = new NetSavingsLedger();
    const bookings = [
      { upstreamUsd: 0, embeddingUsd: 1 },
      { upstreamUsd: 4, embeddingUsd: 1 },
      { upstreamUsd: 0, embeddingUsd: 1 },
      { upstreamUsd: 3, embeddingUsd: 1 },
    ];
    const total = bookings.reduce((sum, booking) => sum + ledger.book('r', booking), 0);
    expect(total).toBe(7 - 4);
  });
});
