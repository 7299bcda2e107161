import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CacheEntry } from '../../../../src/store/vector-store.ts';
import {
  blobToVector,
  decodeTag,
  encodeTag,
  entryToHashArgs,
  FIELDS_BUT_VECTOR,
  hashReplyToEntry,
  hmgetReplyToEntry,
  vectorToBlob,
} from '../../../../src/store/redis/entry-codec.ts';
import { parseJsonText } from '../../../../src/util/raw-json.ts';

function sampleEntry(overrides: Partial<CacheEntry> = {}): CacheEntry {
  return {
    id: 'e1',
    partition: 'ab12',
    text: 'what is 2+2?',
    completion: {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, message: { role: 'assistant', content: '4' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
    },
    route: 'support',
    model: 'gpt-4o-mini',
    tenant: 'deadbeef',
    createdAt: 1_700_000_000_123,
    ...overrides,
  };
}

/** What HGETALL with Buffer replies returns for a hash written with these HSET arguments. */
function asHgetallReply(args: Array<string | Buffer>): Buffer[] {
  return args.map((arg) => (Buffer.isBuffer(arg) ? arg : Buffer.from(arg, 'utf8')));
}

describe('tag encoding', () => {
  it('keeps lowercase hex digests as they are', () => {
    expect(encodeTag('0123456789abcdef')).toBe('0123456789abcdef');
  });

  it('hex-encodes anything else behind an "x", so queries never need escaping', () => {
    expect(encodeTag('gpt-4o')).toBe(`x${Buffer.from('gpt-4o').toString('hex')}`);
    expect(encodeTag('ABC')).toMatch(/^x[0-9a-f]+$/); // uppercase hex is not a digest: TAG would fold its case
    expect(encodeTag('a,b')).toMatch(/^x[0-9a-f]+$/); // a comma would split a TAG
    expect(encodeTag('')).toBe('x');
  });

  it('round-trips every string and never maps two strings to one tag', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(decodeTag(encodeTag(a))).toBe(a);
        expect(encodeTag(a)).toMatch(/^[0-9a-fx]+$/);
        if (a !== b) expect(encodeTag(a)).not.toBe(encodeTag(b));
      }),
    );
  });
});

describe('vector blobs', () => {
  it('writes FLOAT32 little-endian, 4 bytes per dimension', () => {
    const blob = vectorToBlob(new Float32Array([1, -2.5]));
    expect(blob).toEqual(Buffer.from([0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x20, 0xc0]));
  });

  it('copies a vector that is a view into a larger buffer', () => {
    const backing = new Float32Array([9, 1, 2, 9]);
    expect(blobToVector(vectorToBlob(backing.subarray(1, 3)))).toEqual(new Float32Array([1, 2]));
  });

  it('reads a blob at an unaligned offset', () => {
    const padded = Buffer.concat([Buffer.from([7]), vectorToBlob(new Float32Array([0.5, 0.25]))]);
    expect(blobToVector(padded.subarray(1))).toEqual(new Float32Array([0.5, 0.25]));
  });

  it('refuses a blob whose length is not a multiple of 4', () => {
    expect(() => blobToVector(Buffer.alloc(5))).toThrow(/FLOAT32/);
  });
});

describe('entry hash layout', () => {
  it('round-trips an entry with a vector through HSET arguments and an HGETALL reply', () => {
    const entry = sampleEntry({ vector: new Float32Array([0.6, 0.8, 0, 0]) });
    expect(hashReplyToEntry('e1', asHgetallReply(entryToHashArgs(entry)!))).toEqual(entry);
  });

  it('round-trips whether the producing request stored the answer upstream; an old entry without the field reads as not stored', () => {
    const stored = sampleEntry({ storedUpstream: true });
    expect(hashReplyToEntry('e1', asHgetallReply(entryToHashArgs(stored)!))?.storedUpstream).toBe(true);
    const old = entryToHashArgs(sampleEntry())!;
    expect(old).not.toContain('upstream');
    expect(hashReplyToEntry('e1', asHgetallReply(old))?.storedUpstream).toBeUndefined();
  });

  it('round-trips an entry without a vector and writes no vec field', () => {
    const entry = sampleEntry();
    const args = entryToHashArgs(entry)!;
    expect(args).not.toContain('vec');
    const decoded = hashReplyToEntry('e1', asHgetallReply(args));
    expect(decoded).toEqual(entry);
    expect(decoded).not.toHaveProperty('vector');
  });

  it('stores the filter fields tag-encoded and the text verbatim', () => {
    const args = entryToHashArgs(sampleEntry({ route: 'support', text: 'Grüße 🙂' }))!;
    const field = (name: string) => args[args.indexOf(name) + 1];
    expect(field('route')).toBe(encodeTag('support'));
    expect(field('tenant')).toBe('deadbeef');
    expect(field('text')).toBe('Grüße 🙂');
    expect(field('createdAt')).toBe('1700000000123');
  });

  it('refuses a reply read without the Buffer type mapping (the vector blob would be mangled)', () => {
    const args = entryToHashArgs(sampleEntry({ vector: new Float32Array([0.5, 0.25]) }))!;
    const asStrings = args.map((arg) => (Buffer.isBuffer(arg) ? arg.toString('latin1') : arg));
    expect(() => hashReplyToEntry('e1', asStrings as unknown as Buffer[])).toThrow(/Buffer/);
  });

  it('reads an empty reply (absent or expired key) as no entry', () => {
    expect(hashReplyToEntry('e1', [])).toBeUndefined();
  });

  it('reads an HMGET of every field but the vector: the entry without it, all-null as no entry, strings refused', () => {
    const entry = sampleEntry({ vector: new Float32Array([0.5, 0.25]), storedUpstream: true });
    const hash = new Map<string, Buffer>();
    const args = entryToHashArgs(entry)!;
    for (let i = 0; i + 1 < args.length; i += 2) hash.set(String(args[i]), Buffer.from(args[i + 1]!));
    const values = FIELDS_BUT_VECTOR.map((field) => hash.get(field) ?? null);
    const { vector: _vector, ...withoutVector } = entry;
    expect(hmgetReplyToEntry('e1', values)).toEqual(withoutVector);
    expect(hmgetReplyToEntry('e1', FIELDS_BUT_VECTOR.map(() => null))).toBeUndefined();
    expect(() => hmgetReplyToEntry('e1', values.map((value) => value?.toString('utf8')) as unknown as Buffer[])).toThrow(/Buffer/);
  });

  it('keeps the digits of an integer beyond 2^53 in an answer through HSET arguments and an HGETALL reply', () => {
    const answer = parseJsonText('{"id":"msg_1","type":"message","content":[{"type":"tool_use","input":{"order_id":12345678901234567891}}]}') as CacheEntry['completion'];
    const decoded = hashReplyToEntry('e1', asHgetallReply(entryToHashArgs(sampleEntry({ completion: answer }))!));
    expect(JSON.stringify(decoded?.completion)).toContain('"order_id":12345678901234567891');
  });

  it('writes no fields for an answer it could not read back exactly, and reads such an answer as no entry', () => {
    // Longer than parseJsonText parses with its reviver: read back, its integer would be rounded.
    const long = `{"id":"x","text":"${'a'.repeat(200_000)}","order_id":12345678901234567891}`;
    const answer = JSON.parse(long.replace('12345678901234567891', '1'), (key, value) => (key === 'order_id' ? (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON('12345678901234567891') : value)) as CacheEntry['completion'];
    expect(entryToHashArgs(sampleEntry({ completion: answer }))).toBeUndefined();
    const args = entryToHashArgs(sampleEntry())!;
    args[args.indexOf('completion') + 1] = long;
    expect(hashReplyToEntry('e1', asHgetallReply(args))).toBeUndefined();
  });

  it('reads a hash lacking a required field as no entry', () => {
    const args = entryToHashArgs(sampleEntry())!;
    const withoutText = args.filter((_, i) => args[i] !== 'text' && args[i - 1] !== 'text');
    expect(hashReplyToEntry('e1', asHgetallReply(withoutText))).toBeUndefined();
  });
});
