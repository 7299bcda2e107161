import { describe, expect, it } from 'vitest';
import type { RequestObserver, RequestRecord } from '../../../src/http/request-observer.ts';
import { fanOut } from '../../../src/observability/fan-out.ts';

describe('fanOut', () => {
  it('feeds every observer, and an observer that throws neither fails the call nor starves the others', () => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const broken: RequestObserver = { request: () => { throw new Error('boom'); }, uncached: () => {}, cacheFault: () => { throw new Error('boom'); }, stored: () => {} };
    const recorder: RequestObserver = { request: (record) => seen.push(record.requestId), uncached: () => {}, cacheFault: (stage) => seen.push(stage), stored: (outcome) => seen.push(outcome.route) };
    const observer = fanOut([broken, recorder], (error) => errors.push(error));
    observer.request({ requestId: 'r1', route: 'default', api: 'openai-chat', status: 'MISS', stream: false, timings: { total: 0 } } satisfies RequestRecord);
    observer.cacheFault('lookup', new Error('down'));
    observer.stored({ route: 'support', stored: true });
    expect(seen).toEqual(['r1', 'lookup', 'support']);
    expect(errors).toHaveLength(2);
  });
});
