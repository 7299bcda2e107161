import { describe, expect, it } from 'vitest';
import { encodeCredentials, partitionQuery, requestCredentials } from '../../../src/cache/credentials.ts';

const source = (values: Record<string, string>, search = '') => ({ header: (name: string) => values[name.toLowerCase()], headers: values, search });

describe('requestCredentials', () => {
  it('collects every credential header and key parameter in a fixed order', () => {
    const found = requestCredentials(source({ 'openai-project': 'p', 'x-api-key': 'x', authorization: 'Bearer sk-1' }, '?api-version=1&KEY=q'));
    expect(found).toEqual([
      ['header:authorization', 'sk-1'],
      ['header:x-api-key', 'x'],
      ['header:openai-project', 'p'],
      ['query:key', 'q'],
    ]);
  });

  it('counts every header and query parameter whose name says it carries a credential, not only the known ones', () => {
    // Kong's `apikey`, Azure Functions' `x-functions-key`, OpenStack's `x-auth-token`, camelCase `?apiKey=`…: each
    // used to leave its caller in the anonymous tenant, sharing answers with requests that carry no credential.
    const headers = { apikey: 'kong', 'x-functions-key': 'fk', 'x-auth-token': 'at', 'x-api-token': 'apt', 'x-amz-security-token': 'aws', 'x-client-secret': 'cs', 'x-password': 'pw', 'x-signature': 'sg', 'x-jwt': 'j' };
    const found = requestCredentials(source(headers, '?apiKey=A&auth=B&access-token=C&client_secret=D&X-Amz-Signature=E&page=2'));
    const names = found.map(([name]) => name);
    for (const name of Object.keys(headers)) expect(names).toContain(`header:${name}`);
    for (const name of ['apikey', 'auth', 'access-token', 'client_secret', 'x-amz-signature']) expect(names).toContain(`query:${name}`);
    expect(names).not.toContain('query:page');
    expect(found.find(([name]) => name === 'header:apikey')).toEqual(['header:apikey', 'kong']);
  });

  it('gives the same credentials the same list, in any header order, and leaves the known headers first', () => {
    const one = requestCredentials(source({ 'x-auth-token': 't', apikey: 'k', authorization: 'Bearer sk' }));
    const two = requestCredentials(source({ authorization: 'Bearer sk', apikey: 'k', 'x-auth-token': 't' }));
    expect(one).toEqual(two);
    expect(one[0]).toEqual(['header:authorization', 'sk']);
  });

  it('does not count headers that name a request rather than a caller, nor the proxy\'s own controls', () => {
    const found = requestCredentials(source({ 'idempotency-key': 'per-request', 'x-idempotency-key': 'per-request', 'x-cache-namespace': 'ns', 'content-type': 'application/json', 'x-stainless-retry-count': '0', 'user-agent': 'OpenAI/JS' }));
    expect(found).toEqual([]);
  });

  it('does not count the per-request trace and session headers of SDKs and gateways, nor paging parameters', () => {
    // Portkey's trace ids change per request: counted, identical requests from one client would never hit.
    const headers = {
      'x-portkey-trace-id': 't1', 'x-portkey-span-id': 's1', 'x-portkey-metadata': '{}', 'x-portkey-config': 'c', 'helicone-session-id': 'h',
      'x-session-id': 's', 'mcp-session-id': 'm', 'anthropic-beta': 'b', 'openai-beta': 'assistants=v2', 'anthropic-version': '2023-06-01',
      'x-stainless-timeout': '600', 'x-stainless-os': 'Linux', 'keep-alive': 'timeout=5',
    };
    expect(requestCredentials(source(headers, '?author=a&keyword=k&max_tokens=5&page_token=p&sort_key=s'))).toEqual([]);
  });

  it('counts an empty bearer as no credential and other schemes whole', () => {
    expect(requestCredentials(source({ authorization: 'Bearer' }))).toEqual([]);
    expect(requestCredentials(source({ authorization: '  Bearer   ' }))).toEqual([]);
    expect(requestCredentials(source({ authorization: 'Basic dTpw' }))).toEqual([['header:authorization', 'Basic dTpw']]);
  });
});

describe('encodeCredentials', () => {
  it('cannot be fooled by a value that contains what looks like a second credential', () => {
    const one = encodeCredentials([['header:api-key', 'a14:header:cookie1:b']]);
    const two = encodeCredentials([['header:api-key', 'a'], ['header:cookie', 'b']]);
    expect(one).not.toBe(two);
  });
});

describe('partitionQuery', () => {
  it('keeps the forwarded parameters and drops the credential ones', () => {
    expect(partitionQuery('?api-version=2024-10-21&key=secret&sig=abc')).toBe('api-version=2024-10-21');
    expect(partitionQuery('')).toBe('');
    expect(partitionQuery('?api-version=1&apiKey=secret&auth=x')).toBe('api-version=1');
  });
});
