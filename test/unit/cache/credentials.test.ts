import { describe, expect, it } from 'vitest';
import { encodeCredentials, partitionQuery, requestCredentials } from '../../../src/cache/credentials.ts';

const source = (values: Record<string, string>, search = '') => ({ header: (name: string) => values[name.toLowerCase()], search });

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
  });
});
