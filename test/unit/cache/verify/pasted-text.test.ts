import { describe, expect, it } from 'vitest';
import { pastedText } from '../../../../src/cache/verify/pasted-text.ts';
import { verifyTokens } from '../../../../src/cache/verify/verify-tokens.ts';

const span = (text: string) => {
  const found = pastedText(text);
  return found && { text: text.slice(found.start, found.end).trim(), exact: found.exact };
};

describe('pastedText', () => {
  it('finds the text after an opening instruction, past a greeting and the whitespace after it', () => {
    expect(span('Check this sentence for mistakes:   He go to school.')).toEqual({ text: 'He go to school.', exact: true });
    expect(span('Any errors? He go to school.')).toEqual({ text: 'He go to school.', exact: true });
    expect(span('Hi! Can you check my sentence: Each of the students have a book.')).toEqual({ text: 'Each of the students have a book.', exact: true });
    expect(span('Translate this to German. I will be late today.')).toEqual({ text: 'I will be late today.', exact: false });
    expect(span('Summarize this email:\nHi Tom, the meeting moved.')).toEqual({ text: 'Hi Tom, the meeting moved.', exact: false });
    expect(span('Check for mistakes:My boss want a report.')).toEqual({ text: 'My boss want a report.', exact: true });
  });

  it('finds the text before a closing judgement of it, and after "Can I say"', () => {
    expect(span("She doesn't like apples. Is this correct?")).toEqual({ text: "She doesn't like apples.", exact: true });
    expect(span('I came. I saw. I conquered.\n\nHow many sentences is that?')).toEqual({ text: 'I came. I saw. I conquered.', exact: true });
    expect(span('Can I say we was going to the beach yesterday?')).toEqual({ text: 'we was going to the beach yesterday', exact: true });
  });

  it('finds none in an ordinary question, an instruction about no text, or an instruction with nothing after it', () => {
    expect(pastedText('What is the capital of France? I am curious.')).toBeUndefined();
    expect(pastedText("Is it ok to take ibuprofen with coffee? I have a headache and I'm tired.")).toBeUndefined();
    expect(pastedText("What's the right dose of ibuprofen for adults? Please answer briefly.")).toBeUndefined();
    expect(pastedText('Convert 100 USD to EUR. Thanks!')).toBeUndefined();
    expect(pastedText('Summarize the causes of World War I: be brief.')).toBeUndefined();
    expect(pastedText('Translate into French:')).toBeUndefined();
    expect(pastedText(`Please check ${'very '.repeat(40)}carefully: the text`)).toBeUndefined();
  });
});

describe('verifyTokens of a pasted text', () => {
  it('keeps its words, marks and spaces as code tokens for a question about its surface', () => {
    const tokens = verifyTokens('Check this for typos: Close  the window, please.');
    expect(tokens.slice(tokens.findIndex((token) => token.text === 'Close')).map((token) => token.text).join('')).toBe('Close  the window, please.');
  });

  it('keeps its words, marks and spaces but not its final full stop for a translation', () => {
    const texts = (text: string) => verifyTokens(text).map((token) => `${token.kind}:${token.text}`);
    expect(texts('Translate into French: Close the window, please.')).toEqual(texts('Translate into French:  Close the window, please'));
    expect(texts('Translate into French: Close the window?')).not.toEqual(texts('Translate into French: Close the window'));
    // Code, YAML and poems live in their whitespace: "Convert this code …" is no question about a surface, and
    // its indentation still counts.
    expect(texts('Convert this code to JavaScript:\nif x:\n    f()\n    g()')).not.toEqual(texts('Convert this code to JavaScript:\nif x:\n    f()\ng()'));
  });
});
