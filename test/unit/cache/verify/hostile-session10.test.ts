import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../../../src/config/load-config.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/** Hostile session 10: careless and adversarial input for the pasted-text rules, the comma rules and the config. */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a line of many commas', () => {
  // Regression: isGroupingComma (verify-tokens.ts) searched the whole line for an assignment once per comma, so a
  // 60 KB line of "a, " took ~8 s and 300 KB of commas 150-200 s in one synchronous verify call. Its time is
  // measured by bench/verify-speed.ts (no timed assertions in npm test); this checks the verdict.
  it('is verified, and a change at its end is different', () => {
    const text = 'a, '.repeat(20_000);
    expect(kind(text, `${text}b`)).toBe('different');
  });
});

describe('zero-width, NBSP, CRLF and full-width marks never make different texts the same', () => {
  notServed([
    ['Proofread:\u200b He go to school', 'Proofread: He goes to school'],
    ['Pro\u200bofread: He go to school', 'Proofread: He goes to school'],
    ['Proofread:\r\nHe go to school', 'Proofread:\nHe goes to school'],
    ['He go to school.\u200b Is this correct?', 'He goes to school. Is this correct?'],
    ['Can I\u200b say I am agree?', 'Can I say I agree?'],
    ['Can\u00a0I say I am agree?', 'Can I say I agree?'],
    ['Translate into French\uff1aI love you', 'Translate into French\uff1aI loved you'],
    ['Is this correct\uff1f He go to school', 'Is this correct\uff1f He goes to school'],
    ['Translate into French:   ', 'Translate into German:'],
    ['Check this sentence: ```\nx = 1', 'Check this sentence: ```\nx = 2'],
    ['Fix this code:\n```\nx = 1\n```\nThanks', 'Fix this code:\n```\nx = 1\n```\nPlease also add tests'],
    ['Translate to German: 1,000', 'Translate to German: 1.000'],
    ['Check the capitalization: hello world', 'Check the capitalization: Hello World'],
    ['10 - 4, divided by 2', '10 - 4 divided by 2'],
  ]);
  served([
    ['Translate into French:\r\nI love you', 'Translate into French:\nI love you'],
    ['Summarize this:\n\nThe cat sat.\n\nThanks!', 'Summarize this:\n\nThe cat sat.\n\nThanks a lot!'],
  ]);
});

describe('degenerate prompts do not throw', () => {
  it.each([
    ['', ' '],
    ['\u200b', ''],
    ['```', '```\n```'],
    ['Proofread:', 'Proofread: '],
    ['Proofread: ```', 'Proofread: ```\n'],
    ['\ud800'.repeat(1_000), `${'\ud800'.repeat(1_000)}a`],
    ['\u202ea '.repeat(1_000), `${'\u202ea '.repeat(1_000)}b`],
    [`Fix this code:\n\`\`\`\n${'x = 1\n'.repeat(5_000)}`, `Fix this code:\n\`\`\`\n${'x = 1\n'.repeat(5_000)}y`],
  ])('%#', (a, b) => {
    expect(() => kind(a, b)).not.toThrow();
  });
});

describe('config from careless environments', () => {
  // load-config.ts parsePort: Number('   ') is 0 and nonEmpty('   ') is not undefined, so a whitespace-only PORT
  // listens on a random port; the comment beside it says "never port 0".
  it('refuses a whitespace-only PORT instead of listening on port 0', () => {
    expect(() => buildConfig({}, { PORT: '   ' })).toThrow(/PORT/);
  });
  // Number() also takes hex and exponents: PORT=0x1F90 listens on 8080, PORT=1e3 on 1000.
  it('refuses PORT=0x1F90 and PORT=1e3', () => {
    expect(() => buildConfig({}, { PORT: '0x1F90' })).toThrow(/PORT/);
    expect(() => buildConfig({}, { PORT: '1e3' })).toThrow(/PORT/);
  });
  it('refuses non-ASCII digits in PORT and a LOG_LEVEL with spaces or a dotless i', () => {
    expect(() => buildConfig({}, { PORT: '٨٠٨٠' })).toThrow(/PORT/);
    expect(() => buildConfig({}, { PORT: '８０８０' })).toThrow(/PORT/);
    expect(() => buildConfig({}, { LOG_LEVEL: '  ' })).toThrow(/LOG_LEVEL/);
    expect(() => buildConfig({}, { LOG_LEVEL: 'ınfo' })).toThrow(/LOG_LEVEL/);
  });
  // schema.ts duration: no upper bound. Node's timers overflow above 2^31-1 ms (~24.8 days) and fire after 1 ms,
  // so bodyTimeout: 25d / upstreamTimeout: 30d would time every request out at once.
  it('refuses a server duration beyond what a Node timer can hold', () => {
    expect(() => buildConfig({ server: { bodyTimeout: '25d' } }, {})).toThrow(/bodyTimeout/);
    expect(() => buildConfig({ server: { upstreamTimeout: '99999999999999999999d' } }, {})).toThrow(/upstreamTimeout/);
  });
});
