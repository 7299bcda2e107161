import type { Hono } from 'hono';
import type { AppEnv } from './app.ts';

/**
 * `GET /metrics`: the Prometheus text exposition. Unauthenticated, like most exporters, because it carries no
 * keys, prompts or answers (DESIGN.md §6, §8); restrict it at the network if the route names are sensitive.
 */
export function metricsRoute(metrics: { scrape(): Promise<string>; readonly contentType: string }): (app: Hono<AppEnv>) => void {
  return function mountMetrics(app) {
    app.get('/metrics', async function prometheusMetrics(c) {
      return c.body(await metrics.scrape(), 200, { 'content-type': metrics.contentType });
    });
  };
}
