import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/cache/normalise-text.ts';
import { wordTokens } from '../../../src/embedding/tokenize.ts';
import { streamSafe, streamSafeNfc } from '../../../src/util/stream-safe-nfc.ts';

/**
 * NFC sorts a run of combining marks into canonical order, in time quadratic in the run's length: "a" and 130,000
 * alternating marks (under the semantic tier's 256 KB cap) took 9 s of the event loop in normaliseText, the
 * embedder's tokenizer and the verifier. A run of more than 30 marks gets a combining grapheme joiner after every
 * 30 (Unicode's Stream-Safe Text Format, UAX #15), so the sort never sees a long run. (Speed: bench/verify-speed.ts.)
 */
describe('stream-safe NFC', () => {
  const marks = (count: number) => '\u0300\u0316'.repeat(count / 2);

  it('is NFC where no run of marks is longer than 30 (every language)', () => {
    for (const text of ['cafe\u0301', 'Tiê\u0301ng Vie\u0323\u0302t', 'हिन्दी', `a${marks(30)}`]) expect(streamSafeNfc(text)).toBe(text.normalize('NFC'));
  });

  it('breaks a longer run with a joiner after every 30 marks, before normalising', () => {
    expect(streamSafe(`a${marks(70)}`)).toBe(`a${marks(30)}\u034f${marks(30)}\u034f${marks(10)}`);
    const normalised = normaliseText(`a${marks(70)}`);
    expect(normalised.split('\u034f')).toHaveLength(3);
    expect(normalised).toBe(streamSafe(`a${marks(70)}`).normalize('NFC'));
  });

  it('is what the request key and the embedder read', () => {
    const hostile = `a${marks(130_000)}`;
    expect(normaliseText(hostile)).toBe(streamSafeNfc(hostile));
    expect(wordTokens(`${hostile} b`).at(-1)).toBe('b');
  });
});
