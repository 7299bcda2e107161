import { describe, expect, it } from 'vitest';
import { foldLookAlikes } from '../../../../src/cache/verify/look-alikes.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 23: the same prompt pairs typed in characters that look alike or are not seen. Each disguise is applied
 * to both texts of a pair, as an adversary (or an input method) would: before the fold, every not-served pair
 * below was `same` under at least one disguise, because the rule that tells them apart matches the words as typed
 * on a keyboard ("because", "which", "separated by").
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

const CYRILLIC: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
/** Disguises that are a look-alike of the plain text: the rules read through them, and a judge decides a pair with one on one side only. */
const LOOK_ALIKES: Record<string, (text: string) => string> = {
  'full-width (a CJK input method)': (text) => text.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /gu, '\u3000'),
  'mathematical bold': (text) => text.replace(/[A-Za-z]/gu, (c) => String.fromCodePoint(c <= 'Z' ? 0x1d400 + c.charCodeAt(0) - 65 : 0x1d41a + c.charCodeAt(0) - 97)),
  'Cyrillic look-alike letters': (text) => text.replace(/[aceopxyABCEHKMOPTX]/gu, (c) => CYRILLIC[c]!),
  'a zero-width space between letters': (text) => text.replace(/(\p{L})(?=\p{L})/gu, '$1\u200b'),
  'a zero-width joiner between letters': (text) => text.replace(/(\p{L})(?=\p{L})/gu, '$1\u200d'),
  'soft hyphens': (text) => text.replace(/(\p{L}{3})(?=\p{L}{3})/gu, '$1\u00ad'),
  'bidirectional embedding': (text) => `\u202a${text}\u202c`,
  '"ʼ" (U+02BC) as the apostrophe': (text) => text.replace(/(\p{L})'(\p{L})/gu, '$1\u02bc$2'),
  'decomposed accents': (text) => text.normalize('NFD'),
};
/** Other ways to type the same text: served against the plain text too. */
const SAME_TEXT: Record<string, (text: string) => string> = {
  '"’" as the apostrophe': (text) => text.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2'),
  'a leading line break and indentation': (text) => `\n  ${text}`,
};

const DIFFERENT: Array<[string, string]> = [
  // A comma that changes what "because" explains, which things a clause picks out, a list, a calculation.
  ["Don't hire him because he is young.", "Don't hire him, because he is young."],
  ["I didn't quit my job because of my boss. What should I do next?", "I didn't quit my job, because of my boss. What should I do next?"],
  ['Refund the customers who were charged twice', 'Refund the customers, who were charged twice'],
  ['Sell the stocks which lost value this year.', 'Sell the stocks, which lost value this year.'],
  ['Add peanut butter, bread and milk to my shopping list', 'Add peanut, butter, bread and milk to my shopping list'],
  ['What is 10 - 4, divided by 2?', 'What is 10 - 4 divided by 2?'],
  ['My son Tom and I are going camping. How many sleeping bags?', 'My son, Tom and I are going camping. How many sleeping bags?'],
  ['take the steroid, as needed use the inhaler', 'take the steroid as needed, use the inhaler'],
  // Code and output formats.
  ['SELECT name, email FROM users', 'SELECT name email FROM users'],
  ['Export the table as CSV separated by ;', 'Export the table as CSV separated by ,'],
  ['In Python, is "None" falsy?', 'In Python, is None falsy?'],
  // A question mark that makes a statement a question, in English and in other languages.
  ["You're a lawyer? Can I break my lease early?", "You're a lawyer. Can I break my lease early?"],
  ['Message from my boss: you are fired. What are my rights?', 'Message from my boss: you are fired? What are my rights?'],
  ['Nie, chcę zmienić hasło. Jak to zrobić?', 'Nie chcę zmienić hasło. Jak to zrobić?'],
  ['Não, quero trocar de plano. Como faço?', 'Não quero trocar de plano. Como faço?'],
];

const SAME: Array<[string, string]> = [
  ['What is the capital of France?', 'what is the capital of France'],
  ['How do I reverse a list in Python?', 'How can I reverse a list in Python?'],
  ["What's the best way to learn Spanish?", 'What is the best way to learn Spanish?'],
  ['Please summarize the French Revolution', 'Summarize the French Revolution'],
  ['Comment installer Python sur Windows ?', 'Comment installer Python sur Windows?'],
  ['Où est la gare la plus proche ?', 'Où est la gare la plus proche?'],
];
/** Rewordings whose letters are the same: typed with the same look-alikes, the rules still serve them. */
const SAME_LETTERS: Array<[string, string]> = [
  ['What is the capital of France?', 'What is the capital of France'],
  ['How do I reverse a list in Python?', 'How do I reverse a list in Python'],
  ['Comment installer Python sur Windows ?', 'Comment installer Python sur Windows?'],
];

for (const [disguise, disguised] of Object.entries(LOOK_ALIKES)) {
  describe(`prompts typed with ${disguise}`, () => {
    notServed(DIFFERENT.map(([stored, asked]) => [disguised(stored), disguised(asked)]));
    // (Typed all in full-width, a text's marks are full-width too and recorded: only the same text is served.)
    if (!disguise.startsWith('full-width')) served(SAME_LETTERS.map(([stored, asked]) => [disguised(stored), disguised(asked)]));
    // A look-alike on one side only may be the question ("Is раypal.com safe?"): not the rules' to serve.
    it.each(SAME.filter(([, asked]) => disguised(asked) !== asked))('leaves %s against it typed so to a judge', (stored, asked) => {
      expect(kind(stored, disguised(asked))).toBe('undecided');
      expect(kind(disguised(stored), stored)).toBe('undecided');
    });
  });
}

for (const [disguise, retyped] of Object.entries(SAME_TEXT)) {
  describe(`prompts typed with ${disguise}`, () => {
    notServed(DIFFERENT.map(([stored, asked]) => [retyped(stored), retyped(asked)]));
    served(SAME.map(([stored, asked]) => [retyped(stored), retyped(asked)]));
    served(SAME.map(([stored, asked]) => [stored, retyped(asked)]));
  });
}

describe("session 22's hostile tester's pairs", () => {
  notServed([
    ['ＫＩＬ ＮＥ ＤＥＭＥＫ?', 'ｋｉｌ ｎｅ ｄｅｍｅｋ?'],
    ['\n  Er kommt morgen.', '\n  Er kommt morgen?'],
  ]);
  served([['Er kommt morgen.', '\n  Er kommt morgen.']]);
});

describe('look-alikes that are the question', () => {
  // A review helper's pairs (session 23): served by the first version of the fold, which read a look-alike on one
  // side only as the plain character.
  it.each([
    ['Is раypal.com a safe site?', 'Is paypal.com a safe site?'],
    ["Why does Python say NameError: name 'соunt' is not defined?", "Why does Python say NameError: name 'count' is not defined?"],
    ["How many bytes is 'ｈｅｌｌｏ' in UTF-8?", "How many bytes is 'hello' in UTF-8?"],
    ['What is this invisible character: "a\u200bb"?', 'What is this invisible character: "a\u200db"?'],
    ['Why does "cafe\u0301" == "café" return False in Python?', 'Why does "café" == "café" return False in Python?'],
    ["Why doesn't /^[A-Z]$/ match '\u212a' in JavaScript?", "Why doesn't /^[A-Z]$/ match 'K' in JavaScript?"],
    ['Why does my JavaScript throw SyntaxError on this line: let x = 5\u037e', 'Why does my JavaScript throw SyntaxError on this line: let x = 5;'],
    ['Why does ❤\ufe0e show in black on my iPhone?', 'Why does ❤\ufe0f show in black on my iPhone?'],
    ['How do I type 𝒜 in LaTeX?', 'How do I type A in LaTeX?'],
    ['Is "می\u200cروم" spelled correctly?', 'Is "میروم" spelled correctly?'],
    ['What does сор mean in Russian?', 'What does cop mean in Russian?'],
    ["Why does Python give a SyntaxError for print('it\u2019s fine')?", "Why does Python give a SyntaxError for print('it's fine')?"],
    ["Why does this give SyntaxError: invalid character: print\uff08'hello'\uff09", "Why does this give SyntaxError: invalid character: print('hello')"],
    // A second review's: the same look-alike at another place.
    ['I got a login link for p\u0430ypal.com. Should I log in at paypal.com instead?', 'I got a login link for paypal.com. Should I log in at p\u0430ypal.com instead?'],
    ['Which letter in p\u0430ypal is not Latin?', 'Which letter in payp\u0430l is not Latin?'],
    ["Split 'ab\u200bcd' at the zero-width space", "Split 'a\u200bbcd' at the zero-width space"],
    ["Why does parseInt('\uff11\uff12\uff13') return NaN but parseInt('123') does not?", "Why does parseInt('123') return NaN but parseInt('\uff11\uff12\uff13') does not?"],
    ['\uff30\uff59\uff54\uff48\uff4f\uff4eで x\u3000=\u30001 がSyntaxErrorになるのはなぜ？', '\uff30\uff59\uff54\uff48\uff4f\uff4eで x = 1 がSyntaxErrorになるのはなぜ？'],
    ['\uff30\uff59\uff54\uff48\uff4f\uff4eで print\uff08\'hello\'\uff09 がエラーになるのはなぜ？', "\uff30\uff59\uff54\uff48\uff4f\uff4eで print('hello') がエラーになるのはなぜ？"],
  ])('%s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
    expect(kind(asked, stored)).not.toBe('same');
  });
  // Emoji made by a joiner are other emoji than their parts.
  notServed([['What does 🏳️\u200d🌈 mean?', 'What does 🏳🌈 mean?']]);
});

describe('everyday symbols and emoji (a second review: not served by the first version of the fold)', () => {
  served([
    ['I love you ❤️', 'I love you ❤️!'],
    ['What is α in statistics?', 'what is α in statistics'],
    ['What does ρ stand for in physics?', 'What does ρ stand for in physics'],
    ['How do I compute x̄ for a sample?', 'How do I compute x̄ for a sample'],
  ]);
});

describe('what the fold reads, and what it leaves as typed', () => {
  it('folds look-alikes and records each', () => {
    expect(foldLookAlikes('Ｃａｎ　Ｉ　ｄｒｉｖｅ？')).toMatchObject({ text: 'Can I drive?', unusual: false });
    expect(foldLookAlikes('b\u0435\u0435r')).toEqual({ text: 'beer', disguises: '1:\u0435\u00002:\u0435', unusual: false });
    expect(foldLookAlikes('\u0406s it s\u0430f\u0435?').text).toBe('Is it safe?');
    expect(foldLookAlikes('don\u02bct').text).toBe("don't");
    expect(foldLookAlikes('cafe\u0301').text).toBe('café');
    expect(foldLookAlikes('ﬁnd the ﬂag').text).toBe('find the flag');
    expect(foldLookAlikes('\n  plain ASCII ')).toEqual({ text: 'plain ASCII', disguises: '', unusual: false });
  });

  it('records each fold with its place, the letters and digits before it', () => {
    expect(foldLookAlikes('p\u0430ypal').disguises).toBe('1:\u0430');
    expect(foldLookAlikes('payp\u0430l').disguises).toBe('4:\u0430');
    expect(foldLookAlikes('Is p\u0430ypal.com safe?').disguises).toBe(foldLookAlikes('Is p\u0430ypal.com a safe site').disguises);
    expect(foldLookAlikes('Compute 2\u2074 - 24')).toEqual({ text: 'Compute 2\u2074 - 24', disguises: '', unusual: false });
    expect(foldLookAlikes('\u2116 5, \u2122, \u2153').text).toBe('\u2116 5, \u2122, \u2153');
  });

  it('keeps code in backticks character by character', () => {
    expect(foldLookAlikes('Why is `a\u200bb` not equal to `ab`?')).toEqual({ text: 'Why is `a\u200bb` not equal to `ab`?', disguises: '', unusual: false });
  });

  it('keeps a Russian text in Cyrillic, and calls a word of look-alikes alone in an English text unusual', () => {
    expect(foldLookAlikes('Сколько стоит кофе?')).toEqual({ text: 'Сколько стоит кофе?', disguises: '', unusual: false });
    expect(foldLookAlikes('What does сор mean in Russian?')).toMatchObject({ text: 'What does сор mean in Russian?', unusual: true });
  });

  it('keeps Latin letters of other languages, superscript digits and the full-width marks of a CJK text', () => {
    expect(foldLookAlikes('kıl ne demek?').text).toBe('kıl ne demek?');
    expect(foldLookAlikes('What is x² when x is 3?').text).toBe('What is x² when x is 3?');
    expect(foldLookAlikes('东京塔有多高？')).toEqual({ text: '东京塔有多高？', disguises: '', unusual: false });
    expect(foldLookAlikes('x = 10\u00a0+ 5').text).toBe('x = 10\u00a0+ 5');
  });

  it('calls characters that carry hidden text or disguise a word unusual', () => {
    const tagged = `Hello${String.fromCodePoint(0xe0049, 0xe0067, 0xe006e)}`;
    expect(foldLookAlikes(tagged)).toMatchObject({ text: tagged, unusual: true });
    expect(kind('Hello', tagged)).not.toBe('same');
    for (const text of ['a\u0332b', 'Ｈｉ\u2800there', 'ᴄᴀɴ I', 'ꓚꓮꓠ I', `a${'\u0300\u0316'.repeat(20)}`]) expect(foldLookAlikes(text).unusual).toBe(true);
  });
});
