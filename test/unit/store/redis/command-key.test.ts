import { describe, expect, it } from 'vitest';
import { commandKey } from '../../../../src/store/redis/command-key.ts';

describe('commandKey', () => {
  it('routes a plain command by its first argument', () => {
    expect(commandKey(['SET', 'lock:9f', 'token', 'NX', 'PX', '10000'])).toBe('lock:9f');
    expect(commandKey(['XADD', 'semcache:events', 'MAXLEN', '~', '10', '*', 'type', 'hit'])).toBe('semcache:events');
  });

  it('routes a script by its first key, past the script and the key count', () => {
    expect(commandKey(['EVALSHA', 'abc123', '2', 'rl:{b}:7', 'rl:{b}:6', '60'])).toBe('rl:{b}:7');
    expect(commandKey(['eval', 'return 1', '1', 'lock:1', 'token'])).toBe('lock:1');
  });

  it('leaves a keyless command unrouted (any node answers it)', () => {
    expect(commandKey(['PING'])).toBeUndefined();
    expect(commandKey(['EVAL', 'return 1', '0', 'arg'])).toBeUndefined();
  });
});
