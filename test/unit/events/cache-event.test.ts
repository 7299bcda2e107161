import { describe, expect, it } from 'vitest';
import { eventFields } from '../../../src/events/cache-event.ts';
import { CacheEventRecorder } from '../../../src/events/event-recorder.ts';
import type { RequestRecord } from '../../../src/http/request-observer.ts';
import { xaddArgs } from '../../../src/store/redis/redis-event-stream.ts';

function recorder(includePrompts = false) {
  const appended: Array<Record<string, string>> = [];
  const sink = { append: (fields: string[]) => appended.push(Object.fromEntries(pairs(fields))) };
  return { appended, recorder: new CacheEventRecorder({ sink, includePrompts, now: () => 1_700_000_000_000 }) };
}

function pairs(fields: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < fields.length; i += 2) out.push([fields[i]!, fields[i + 1]!]);
  return out;
}

const base: RequestRecord = {
  requestId: 'req-1',
  api: 'openai-chat',
  route: 'default',
  model: 'gpt-4o-mini',
  status: 'MISS',
  stream: false,
  timings: { total: 0.01 },
  tenant: 'a'.repeat(32),
  entry: 'b'.repeat(32),
  query: 'b'.repeat(32),
  prompt: 'What is the capital of France?',
};

describe('cache events', () => {
  it('flattens an event to XADD fields: type, ts, then each field that is set', () => {
    expect(eventFields({ type: 'store', route: 'default', entry: 'abc', model: undefined }, 5)).toEqual(['type', 'store', 'ts', '5', 'route', 'default', 'entry', 'abc']);
    expect(eventFields({ type: 'hit', requestId: 'r', route: 'x', stream: true, similarity: 0.987654 }, 5)).toEqual([
      'type', 'hit', 'ts', '5', 'requestId', 'r', 'route', 'x', 'stream', '1', 'similarity', '0.9877',
    ]);
  });

  it('builds XADD with approximate trimming', () => {
    expect(xaddArgs('semcache:events', 1000, ['type', 'hit'])).toEqual(['XADD', 'semcache:events', 'MAXLEN', '~', '1000', '*', 'type', 'hit']);
  });

  it('records a miss and a hit with identifiers and savings, and no prompt unless asked', () => {
    const { appended, recorder: events } = recorder();
    events.request(base);
    events.request({ ...base, status: 'HIT', match: 'semantic', similarity: 0.96, saved: { prompt_tokens: 12, completion_tokens: 30, total_tokens: 42 } });
    expect(appended).toEqual([
      { type: 'miss', ts: '1700000000000', requestId: 'req-1', route: 'default', model: 'gpt-4o-mini', tenant: 'a'.repeat(32), entry: 'b'.repeat(32), query: 'b'.repeat(32), stream: '0', status: 'MISS' },
      {
        type: 'hit', ts: '1700000000000', requestId: 'req-1', route: 'default', model: 'gpt-4o-mini', tenant: 'a'.repeat(32), entry: 'b'.repeat(32), query: 'b'.repeat(32),
        stream: '0', similarity: '0.9600', match: 'semantic', savedPromptTokens: '12', savedCompletionTokens: '30',
      },
    ]);
  });

  it('includes the embedded text with includePrompts', () => {
    const { appended, recorder: events } = recorder(true);
    events.request(base);
    expect(appended[0]!.prompt).toBe('What is the capital of France?');
  });

  it('records nothing for bypassed and cache-error requests, and stores only when written', () => {
    const { appended, recorder: events } = recorder();
    events.request({ ...base, status: 'BYPASS' });
    events.request({ ...base, status: 'ERROR' });
    events.stored({ route: 'default', stored: false, reason: 'not-storable' });
    events.stored({ route: 'default', stored: true, entry: 'e1', tenant: 't1', model: 'm' });
    expect(appended).toEqual([{ type: 'store', ts: '1700000000000', route: 'default', model: 'm', tenant: 't1', entry: 'e1' }]);
  });

  it('records every admin change as an invalidate event', () => {
    const { appended, recorder: events } = recorder();
    events.invalidation({ action: 'delete', id: 'e1', deleted: true });
    events.invalidation({ action: 'invalidate', filter: { route: 'support', tenant: 't1' }, deleted: 4 });
    events.invalidation({ action: 'flush', deleted: 9 });
    events.invalidation({ action: 'feedback', entry: 'e2', query: 'q2', deleted: false });
    expect(appended.map(({ ts: _ts, ...rest }) => rest)).toEqual([
      { type: 'invalidate', action: 'delete', entry: 'e1', deleted: '1' },
      { type: 'invalidate', action: 'invalidate', route: 'support', tenant: 't1', deleted: '4' },
      { type: 'invalidate', action: 'flush', deleted: '9' },
      { type: 'invalidate', action: 'feedback', entry: 'e2', query: 'q2', deleted: '0' },
    ]);
  });
});
