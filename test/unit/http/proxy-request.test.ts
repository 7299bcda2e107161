import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { proxyRequestFromNode, proxyRequestFromWeb } from '../../../src/http/proxy-request.ts';

function incoming(rawHeaders: string[], url = '/v1/chat/completions?api-version=1', method = 'POST'): IncomingMessage {
  const message = new IncomingMessage(new Socket());
  Object.assign(message, { rawHeaders, url, method });
  return message;
}

describe('proxyRequestFromNode', () => {
  it('finds a header by any case of its name, as Headers#get does (a route may name `X-Tenant`)', () => {
    const request = proxyRequestFromNode(incoming(['X-Tenant', 'acme', 'Content-Type', 'application/json']), new AbortController().signal);
    expect(request.header('X-Tenant')).toBe('acme');
    expect(request.header('x-tenant')).toBe('acme');
    expect(request.headers).toMatchObject({ 'x-tenant': 'acme', 'content-type': 'application/json' });
  });

  it('joins a repeated header as fetch Headers would (Node keeps only the first Authorization)', () => {
    const request = proxyRequestFromNode(incoming(['Authorization', 'Bearer a', 'authorization', ' Bearer b ', 'Cookie', 'x=1', 'Cookie', 'y=2']), new AbortController().signal);
    const web = proxyRequestFromWeb(new Request('http://proxy/v1/chat/completions', { method: 'POST', headers: [['authorization', 'Bearer a'], ['authorization', 'Bearer b']] }));
    expect(request.header('authorization')).toBe('Bearer a, Bearer b');
    expect(request.header('authorization')).toBe(web.header('authorization'));
    expect(request.header('cookie')).toBe('x=1; y=2');
  });

  it('keeps the query string as received and has no body for GET', () => {
    expect(proxyRequestFromNode(incoming([], '/v1/models?a=1&b=2', 'GET'), new AbortController().signal)).toMatchObject({ search: '?a=1&b=2', body: null, method: 'GET' });
    expect(proxyRequestFromNode(incoming([], '/v1/models?', 'GET'), new AbortController().signal).search).toBe('');
    // A fragment is not forwarded (nor part of the partition), as with the URL API.
    expect(proxyRequestFromNode(incoming([], '/v1/models?api-version=1#frag', 'GET'), new AbortController().signal).search).toBe('?api-version=1');
    expect(proxyRequestFromNode(incoming([], '/v1/models#frag?x=1', 'GET'), new AbortController().signal).search).toBe('');
  });
});
