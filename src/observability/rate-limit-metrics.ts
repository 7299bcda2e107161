import { Counter, type Registry } from 'prom-client';
import { boundedLabel } from './bounded-label.ts';

/**
 * `semcache_rate_limited_total{route}`: requests refused with a 429 by a route's `rateLimit`. Registered in the
 * proxy's registry next to the other metrics; returns the function that counts one refusal.
 */
export function rateLimitedCounter(registry: Registry): (route: string) => void {
  const counter = new Counter({
    name: 'semcache_rate_limited_total',
    help: 'Requests refused with 429 by a route\'s rate limit, by route.',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  return (route) => counter.inc({ route: boundedLabel(route) });
}
