import { describe, expect, it } from 'vitest';
import type { Route } from '../../../src/config/config.ts';
import { buildConfig } from '../../../src/config/load-config.ts';
import { leavesPrefixUpstream, parseProxyPath, selectRoute } from '../../../src/routing/select-route.ts';

const { routes } = buildConfig(
  {
    routes: [
      { name: 'support-4o', match: { pathPrefix: '/support', model: 'gpt-4o*' } },
      { name: 'support-beta', match: { pathPrefix: '/support', headers: { 'X-Beta': '1' } } },
      { name: 'team', match: { pathPrefix: '/team/a' } },
    ],
  },
  {},
);
const noHeaders = () => undefined;

describe('parseProxyPath', () => {
  it('splits a route prefix from the upstream path', () => {
    expect(parseProxyPath('/support/v1/chat/completions', routes)).toEqual({ prefix: '/support', upstreamPath: '/chat/completions' });
    expect(parseProxyPath('/v1/models', routes)).toEqual({ prefix: '', upstreamPath: '/models' });
    expect(parseProxyPath('/team/a/v1/files/abc', routes)).toEqual({ prefix: '/team/a', upstreamPath: '/files/abc' });
  });

  it('rejects paths outside /v1 and unknown prefixes', () => {
    expect(parseProxyPath('/chat/completions', routes)).toBeUndefined();
    expect(parseProxyPath('/unknown/v1/chat/completions', routes)).toBeUndefined();
  });
});

describe('selectRoute', () => {
  it('selects by prefix and model glob', () => {
    expect(selectRoute(routes, { prefix: '/support', model: 'gpt-4o-mini', header: noHeaders }).name).toBe('support-4o');
  });

  it('falls through to the next route, then to default', () => {
    const beta = (name: string) => (name.toLowerCase() === 'x-beta' ? '1' : undefined);
    expect(selectRoute(routes, { prefix: '/support', model: 'o3', header: beta }).name).toBe('support-beta');
    expect(selectRoute(routes, { prefix: '/support', model: 'o3', header: noHeaders }).name).toBe('default');
    expect(selectRoute(routes, { prefix: '', model: 'gpt-4o', header: noHeaders }).name).toBe('default');
  });
});

describe('leavesPrefixUpstream', () => {
  const config = buildConfig(
    {
      routes: [
        { name: 'claude', match: { pathPrefix: '/claude', model: 'claude-*' }, upstream: { baseUrl: 'https://api.anthropic.com/v1', api: 'anthropic' } },
        { name: 'support-4o', match: { pathPrefix: '/support', model: 'gpt-4o*' } },
      ],
    },
    {},
  ).routes;

  const upstreamOf = (route: (typeof config)[number]) => route.upstreamBaseUrl ?? 'https://api.openai.com/v1';

  it('is true only when a fall-through from a prefix lands on another upstream', () => {
    const claude = selectRoute(config, { prefix: '/claude', model: 'gpt-4o', header: noHeaders });
    expect(claude.name).toBe('default');
    expect(leavesPrefixUpstream(config, '/claude', claude, upstreamOf)).toBe(true);
    const support = selectRoute(config, { prefix: '/support', model: 'o3', header: noHeaders });
    expect(support.name).toBe('default');
    expect(leavesPrefixUpstream(config, '/support', support, upstreamOf)).toBe(false);
    expect(leavesPrefixUpstream(config, '/claude', config[0]!, upstreamOf)).toBe(false);
    expect(leavesPrefixUpstream(config, '', support, upstreamOf)).toBe(false);
  });
});

describe('leavesPrefixUpstream with an explicit base URL equal to the default', () => {
  it('lets a fall-through to the same upstream through', () => {
    const routes = buildConfig({ routes: [{ name: 'pinned', match: { pathPrefix: '/pinned', model: 'gpt-4o*' }, upstream: { baseUrl: 'https://api.openai.com/v1' } }] }, {}).routes;
    const fellTo = selectRoute(routes, { prefix: '/pinned', model: 'o3', header: noHeaders });
    expect(fellTo.name).toBe('default');
    expect(leavesPrefixUpstream(routes, '/pinned', fellTo, (route) => route.upstreamBaseUrl ?? 'https://api.openai.com/v1')).toBe(false);
  });
});

describe('leavesPrefixUpstream on a prefix shared by two APIs', () => {
  const mixed = buildConfig(
    {
      routes: [
        { name: 'mix-openai', match: { pathPrefix: '/mix', model: 'gpt-*' } },
        { name: 'mix-claude', match: { pathPrefix: '/mix', model: 'claude-3*' }, upstream: { baseUrl: 'https://api.anthropic.com/v1', api: 'anthropic' } },
      ],
    },
    {},
  ).routes;
  const [openai, claude, fallback] = mixed as [Route, Route, Route];
  const upstreamOf = (route: Route) => route.upstreamBaseUrl ?? 'https://api.openai.com/v1';

  it('refuses a request of an API the prefix speaks when its model picked a route of the other API', () => {
    expect(fallback.name).toBe('default');
    expect(leavesPrefixUpstream(mixed, '/mix', fallback, upstreamOf, 'anthropic')).toBe(true); // claude-sonnet-4-5 fell to default
    expect(leavesPrefixUpstream(mixed, '/mix', openai, upstreamOf, 'anthropic')).toBe(true); // /v1/messages with a gpt model
    expect(leavesPrefixUpstream(mixed, '/mix', claude, upstreamOf, 'anthropic')).toBe(false);
    expect(leavesPrefixUpstream(mixed, '/mix', openai, upstreamOf, 'openai')).toBe(false);
  });
});
