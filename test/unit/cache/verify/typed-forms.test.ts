import { describe, expect, it } from 'vitest';
import { withAsciiMarks, withLowercase } from '../../../../src/cache/verify/typed-forms.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 53: English typed with another script's marks (a Chinese or Arabic keyboard) or in capitals hid from the rules
// the mark that changes the question; the same pairs typed the plain way were refused. The disguised forms of the
// verifier suites' own refused pairs (scratch, session 53): 590 of 19,430 served with full-width marks, 410 with Arabic
// ones, 456 of 19,002 in capitals; 32, 18 and 136 now.

describe('the plain forms of a text read beside it', () => {
  it('reads another script\'s marks typed in English as ASCII, a space after one glued to a word', () => {
    expect(withAsciiMarks("Don't sell， Tom.", "Don't sell Tom.")).toEqual({ query: "Don't sell, Tom.", candidate: "Don't sell Tom." });
    expect(withAsciiMarks('What is 10 - 4، divided by 2؟', 'x')).toEqual({ query: 'What is 10 - 4, divided by 2?', candidate: 'x' });
    expect(withAsciiMarks('Pick one of [big，medium]：', 'x')?.query).toBe('Pick one of [big, medium]:');
  });

  it('leaves the marks of the script they belong to, and texts without such marks', () => {
    expect(withAsciiMarks('我用Python，怎么排序？', '我用Java，怎么排序？')).toBeUndefined();
    expect(withAsciiMarks('Hello, world?', 'Hello world?')).toBeUndefined();
  });

  it('lowers a text typed in capitals, keeping "I" and the other side\'s names and code in backticks', () => {
    expect(withLowercase('I LIVE IN PARIS. WHAT SHOULD I SEE?', 'I live in Paris. What should I see?')).toEqual({ query: 'I live in Paris. what should I see?', candidate: 'I live in Paris. What should I see?' });
    expect(withLowercase("LET'S EAT, GRANDMA. I'M HUNGRY.", "LET'S EAT GRANDMA.")).toEqual({ query: "let's eat, grandma. I'm hungry.", candidate: "let's eat grandma." });
    expect(withLowercase('WHAT DOES `LABEL` DO IN THIS FILE?', 'x')?.query).toBe('what does `LABEL` do in this file?');
  });

  it('reads no shout in a text of a few capitals or of mixed case', () => {
    expect(withLowercase('What does NASA do?', 'What does NASA do today?')).toBeUndefined();
    expect(withLowercase('SQL JOIN?', 'x')).toBeUndefined();
  });
});

describe('a meaning mark typed with another script\'s marks in English', () => {
  notServed([
    ["Don't sell， Tom.", "Don't sell Tom."],
    ['What is 10 - 4، divided by 2؟', 'What is 10 - 4 divided by 2؟'],
    ['What does SELECT price، tax FROM items return؟', 'What does SELECT price tax FROM items return؟'],
    ['Pick one label from [big， medium， small] for： a 65-inch TV', 'Pick one label from [large， medium， small] for： a 65-inch TV'],
    ['Total due： - $40.00. Do I need to pay anything？', 'Total due： $40.00. Do I need to pay anything？'],
    ['On mange， les filles !', 'On mange les filles !'],
  ]);
  served([
    ['Can you help me with my resume, please?', 'Can you help me with my resume， please？'],
    ['How do I center a div, in CSS?', 'How do I center a div， in CSS？'],
  ]);
  it('reads an ideographic or no-break space after the mark as its own', () => {
    expect(withAsciiMarks('Call me，\u3000Ishmael。', 'x')?.query).toBe('Call me, Ishmael.');
    expect(withAsciiMarks('Answer in English\u00a0， not French.', 'x')?.query).toBe('Answer in English, not French.');
  });
  notServed([['Call me，\u3000Ishmael。', 'Call me Ishmael.']]);
});

describe('a meaning mark in a text typed in capitals', () => {
  notServed([
    ["LET'S EAT, GRANDMA.", "LET'S EAT GRANDMA."],
    ["LET'S EAT, GRANDMA.", "Let's eat grandma."],
    ['HOW DO I STYLE DIV, P AND SPAN THE SAME IN CSS?', 'HOW DO I STYLE DIV P AND SPAN THE SAME IN CSS?'],
    ['WHAT HAPPENS IF I RUN GIT CHECKOUT .', 'WHAT HAPPENS IF I RUN GIT CHECKOUT'],
    ['IS REPORT. A VALID FILE NAME ON WINDOWS?', 'IS REPORT A VALID FILE NAME ON WINDOWS?'],
  ]);
  served([
    ['HOW DO I SORT A LIST IN PYTHON?', 'PLEASE, HOW DO I SORT A LIST IN PYTHON?'],
    ['I LIVE IN PARIS. WHAT SHOULD I SEE?', 'I live in Paris. What should I see?'],
    ['WHAT IS THE CAPITAL OF FRANCE?', 'WHAT IS THE CAPITAL OF FRANCE? THANKS!'],
    ["I'M LEARNING SQL, WHAT SHOULD I READ FIRST?", 'IM LEARNING SQL, WHAT SHOULD I READ FIRST?'],
  ]);
});
