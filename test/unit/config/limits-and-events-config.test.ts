import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError } from '../../../src/config/load-config.ts';

describe('rateLimit and events settings', () => {
  it('leaves rate limits and the event stream off by default', () => {
    const config = buildConfig({}, {});
    expect(config.routes.every((route) => route.settings.rateLimit === undefined)).toBe(true);
    expect(config.events).toBeUndefined();
  });

  it('parses a route rate limit with its window as a duration and hits not counted unless asked', () => {
    const config = buildConfig({ routes: [{ name: 'support', match: { pathPrefix: '/support' }, rateLimit: { requests: 60, window: '1m' } }] }, {});
    expect(config.routes[0]!.settings.rateLimit).toEqual({ requests: 60, window: 60_000, countHits: false });
    expect(config.routes.at(-1)!.settings.rateLimit).toBeUndefined();
  });

  it('refuses a window under a second and a non-positive request count', () => {
    expect(() => buildConfig({ defaults: { rateLimit: { requests: 5, window: '500ms' } } }, {})).toThrow(/rateLimit\.window: must be at least 1s/);
    expect(() => buildConfig({ defaults: { rateLimit: { requests: 0, window: '1m' } } }, {})).toThrow(ConfigError);
  });

  it('turns the event stream on when the events block is present, with defaults', () => {
    expect(buildConfig({ events: {} }, {}).events).toEqual({ stream: undefined, maxLen: 100_000, includePrompts: false });
    expect(buildConfig({ events: { stream: 'audit', maxLen: 500, includePrompts: true } }, {}).events).toEqual({ stream: 'audit', maxLen: 500, includePrompts: true });
    expect(buildConfig({ events: { enabled: false, maxLen: 500 } }, {}).events).toBeUndefined();
  });

  it('refuses unknown or invalid event settings', () => {
    expect(() => buildConfig({ events: { maxlen: 5 } }, {})).toThrow(ConfigError);
    expect(() => buildConfig({ events: { maxLen: 0 } }, {})).toThrow(ConfigError);
  });
});
