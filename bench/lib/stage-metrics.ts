import type { BenchClient } from './http-client.ts';

/**
 * The proxy's own view of where a request's time goes: `semcache_stage_seconds` (DESIGN §8) sums and counts
 * per stage and outcome, scraped from `/metrics` before and after a phase. The proxy's `total` starts once
 * Hono hands it the request, so end-to-end latency minus `total` is the HTTP layer (Node's parser, the Hono
 * adapter building a Request, writing the Response).
 */
export type StageTotals = Map<string, { sum: number; count: number }>;

export async function scrapeStages(client: BenchClient): Promise<StageTotals> {
  const { status, text } = await client.get('/metrics');
  const totals: StageTotals = new Map();
  if (status !== 200) return totals;
  for (const line of text.split('\n')) {
    const match = /^semcache_stage_seconds_(sum|count)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1], label[2]]));
    const key = `${labels.stage}${labels.outcome ? `/${labels.outcome}` : ''}`;
    const entry = totals.get(key) ?? { sum: 0, count: 0 };
    entry[match[1] as 'sum' | 'count'] += Number(match[3]);
    totals.set(key, entry);
  }
  return totals;
}

/** Mean milliseconds per stage (and outcome) between two scrapes. */
export function stageMeans(before: StageTotals, after: StageTotals): Record<string, number> {
  const means: Record<string, number> = {};
  for (const [key, end] of after) {
    const start = before.get(key) ?? { sum: 0, count: 0 };
    const count = end.count - start.count;
    if (count > 0) means[key] = ((end.sum - start.sum) / count) * 1000;
  }
  return means;
}
