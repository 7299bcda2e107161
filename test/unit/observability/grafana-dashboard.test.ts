import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProxyMetrics } from '../../../src/observability/metrics.ts';
import type { VectorStore } from '../../../src/store/vector-store.ts';

interface Panel {
  title: string;
  type: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: Array<{ expr: string; refId: string }>;
}

const dashboard = JSON.parse(readFileSync(new URL('../../../config/grafana-dashboard.json', import.meta.url), 'utf8')) as { title: string; uid: string; panels: Panel[] };

describe('config/grafana-dashboard.json', () => {
  it('queries only metrics the proxy exports', async () => {
    const store = { kind: 'embedded', semantic: true, reachable: true, stats: async () => ({ entries: 0 }) } as unknown as VectorStore;
    const metrics = new ProxyMetrics({ store, prices: [], embedderPricePerMillion: 0 });
    const exported = new Set((await metrics.registry.getMetricsAsJSON()).map((metric) => metric.name));
    const referenced = new Set(dashboard.panels.flatMap((panel) => panel.targets.flatMap((target) => target.expr.match(/semcache_[a-z_]+/g) ?? [])));
    expect(referenced.size).toBeGreaterThan(5);
    for (const name of referenced) {
      const base = name.replace(/_(bucket|sum|count)$/, '');
      expect(exported, `${name} in the dashboard`).toContain(base);
    }
  });

  it('has panels for hit ratio, status, stage latency, savings, store errors, breaker and entries', () => {
    const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr)).join('\n');
    for (const needle of ['cache_status="HIT"', 'histogram_quantile(0.5', 'histogram_quantile(0.99', 'semcache_tokens_saved_total', 'semcache_cost_saved_usd_total', 'semcache_store_errors_total', 'semcache_breaker_open', 'semcache_entries']) {
      expect(exprs).toContain(needle);
    }
    const ids = dashboard.panels.map((panel) => panel.targets.map((target) => target.refId).join());
    expect(ids.every((refIds) => refIds.length > 0)).toBe(true);
    expect(dashboard.uid).toBe('semcache-overview');
  });
});
