import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 31: the gaps a review of session 30's code rules left open (README Known limitations, "Left by session
 * 30"), in Python and TypeScript pasted without a fence: a name bound without an assignment — a header's condition
 * (`if item:`), a name after `as` (`except ValueError as error:`, `with open(path) as handle:`), a lambda's
 * parameters — or a TypeScript field (`emails: string[];`) inflected or respelt; and a comma after a
 * `return` line's expression (`return x if x else y,` returns a tuple). Each not-served pair was `same` on the
 * session's start (0666308); the served pairs are prose the new positions must leave alone.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a name Python binds without an assignment, inflected', () => {
  notServed([
    ['What does this return?\ndef f(items):\n    if item:\n        return 1\n    return 0', 'What does this return?\ndef f(items):\n    if items:\n        return 1\n    return 0'],
    ['Why does this loop forever?\nwhile job:\n    job = queue.pop()', 'Why does this loop forever?\nwhile jobs:\n    job = queue.pop()'],
    ['What does this do?\ntry:\n    run()\nexcept ValueError as errors:\n    print(error)', 'What does this do?\ntry:\n    run()\nexcept ValueError as error:\n    print(error)'],
    ['What does this do?\nwith open(path) as handles:\n    data = handle.read()', 'What does this do?\nwith open(path) as handle:\n    data = handle.read()'],
    ['What does this print?\nf = lambda item: item * 2\nprint(f(3))', 'What does this print?\nf = lambda items: item * 2\nprint(f(3))'],
  ]);
  served([
    ['Use the word run as a noun, please.', 'Use the word run as a noun please.'],
    ['with my friends as guides, where should we go?', 'with my friends as guide, where should we go?'],
    ['The results are as follows: apples and pears.', 'The results are as follow: apples and pears.'],
  ]);
});

describe('a field of a TypeScript type, inflected', () => {
  notServed([
    ['Does this compile?\ninterface User {\n  emails: string[];\n}', 'Does this compile?\ninterface User {\n  email: string[];\n}'],
    ['Why is this an error?\ninterface Cart {\n  products: string[];\n}', 'Why is this an error?\ninterface Cart {\n  product: string[];\n}'],
  ]);
});

describe("a comma after a return line's expression", () => {
  notServed([
    ['What type is returned?\ndef f(x):\n    return x if x else y,', 'What type is returned?\ndef f(x):\n    return x if x else y'],
    ['What is returned?\ndef f(a, b):\n    return a and b,', 'What is returned?\ndef f(a, b):\n    return a and b'],
  ]);
  served([
    ['I need to\nreturn the shoes and the bag, how?', 'I need to\nreturn the shoes and the bag how?'],
    ['What is the return policy, and how long do I have?', 'What is the return policy and how long do I have?'],
  ]);
});
