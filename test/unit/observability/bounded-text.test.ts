import { describe, expect, it } from 'vitest';
import { boundedText } from '../../../src/observability/bounded-text.ts';

describe('boundedText', () => {
  it('keeps short text and cuts long text to the cap with a marker saying how much was cut', () => {
    expect(boundedText('gpt-4o-mini')).toBe('gpt-4o-mini');
    expect(boundedText('x'.repeat(300), 4)).toBe('xxxx…[+296 chars]');
    expect(boundedText('m'.repeat(4 * 1024 * 1024)).length).toBeLessThan(300);
  });

  it('never leaves half a surrogate pair', () => {
    const cut = boundedText(`abc${'🎉'.repeat(10)}`, 4);
    expect(cut).toBe('abc…[+20 chars]');
  });
});
