import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 30: a red team mutated real functions (9,015 JavaScript and TypeScript files under node_modules, Python's
 * standard library) one behaviour-changing edit at a time and wrapped them in prompts: 5,760 must-miss pairs. The
 * operator, literal, statement and indentation edits were all refused; 22 edits the verifier tolerates in prose were
 * served in code pasted without a fence: a comma or a point that ends a code line (`return x,` returns a tuple,
 * `return 6.` a float), and a member, spread, placeholder, return type or parameter inflected or respelt
 * (`options?.headers`, `...options`, `${error}`, `-> bytes`, `message: T`, `.#initialized`). Each not-served pair
 * was `same` on the session's start (d423bec); the served pairs are neighbours the fix must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a mark that ends a line of code pasted without a fence', () => {
  notServed([
    ['def get_status(self):\n    self.check()\n    return status\n\nWhat does it do?', 'def get_status(self):\n    self.check()\n    return status,\n\nWhat does it do?'],
    ['def lookup(key):\n    if not key:\n        return None\n    return table[key]\n\nCan you explain it?', 'def lookup(key):\n    if not key:\n        return None,\n    return table[key]\n\nCan you explain it?'],
    ['def version(self):\n    epoch = -1\n    return epoch\n\nWhat is wrong with it?', 'def version(self):\n    epoch = -1,\n    return epoch\n\nWhat is wrong with it?'],
    ['def style(self, index):\n    row_style = self.rows[index].style\n    return row_style\n\nHow would you test this?', 'def style(self, index):\n    row_style = self.rows[index].style,\n    return row_style\n\nHow would you test this?'],
    ['def build_version():\n    if i == -1:\n        return 6\n    return 7\n\nWhat is wrong with it?', 'def build_version():\n    if i == -1:\n        return 6.\n    return 7\n\nWhat is wrong with it?'],
    ['def size(out):\n    bd = int(out[-1]) if out[-1] else 9988\n    return bd\n\nCan you explain it?', 'def size(out):\n    bd = int(out[-1]) if out[-1] else 9988.\n    return bd\n\nCan you explain it?'],
    ['What does this function return?\n\ndef next_month(year, month):\n    return year, month+1', 'What does this function return?\n\ndef next_month(year, month):\n    return year, month+1.'],
    ['How would you test this?\n\ndef score(text):\n    if ok(text):\n        return 0.8\n    return 0', 'How would you test this?\n\ndef score(text):\n    if ok(text):\n        return 0.8\n    return 0.'],
  ]);
  served([
    ['Translate into French: I have 3 cats.', 'Translate into French: I have 3 cats'],
    ['Summarize this:\n\nThe company grew 5% in 2023.', 'Summarize this:\n\nThe company grew 5% in 2023'],
    ['I want to return it, can I?', 'I want to return it can I?'],
  ]);
});

describe('a name in code pasted without a fence, inflected or respelt', () => {
  notServed([
    [
      "create(body, options) {\n  return this.client.post('/jobs', merge(options, {\n    headers: build([{ 'Beta': 'v2' }, options?.headers]),\n  }));\n}\n\nHow would you test this?",
      "create(body, options) {\n  return this.client.post('/jobs', merge(options, {\n    headers: build([{ 'Beta': 'v2' }, options?.header]),\n  }));\n}\n\nHow would you test this?",
    ],
    [
      "create(body, options) {\n  return this.client.post('/jobs', {\n    body,\n    ...options,\n  });\n}\n\nWhat does it do?",
      "create(body, options) {\n  return this.client.post('/jobs', {\n    body,\n    ...option,\n  });\n}\n\nWhat does it do?",
    ],
    [
      'sendMessage(message: Promise<WriteObject>): Promise<WriteObject> {\n  return this.next(message);\n}\n\nWhat does it do?',
      'sendMessage(messages: Promise<WriteObject>): Promise<WriteObject> {\n  return this.next(message);\n}\n\nWhat does it do?',
    ],
    ['def derive(self, key_material: bytes) -> bytes:\n    return self._derive(key_material)\n\nCan you explain it?', 'def derive(self, key_material: bytes) -> byte:\n    return self._derive(key_material)\n\nCan you explain it?'],
    ['Why would someone write `throw new Error(`Failed to parse output: ${error}`);`?', 'Why would someone write `throw new Error(`Failed to parse output: ${errors}`);`?'],
    ['    if (ClientRegistry.#initialized) {\n      return;\n    }\n\nWhat is wrong with it?', '    if (ClientRegistry.#initialised) {\n      return;\n    }\n\nWhat is wrong with it?'],
  ]);
  served([
    ['What are the main options (for example: colours) in the settings?', 'What are the main options (for example: colors) in the settings?'],
    ['How do I add headers to a fetch request?', 'How do I add a header to a fetch request?'],
  ]);
});

/**
 * A second red team kept a real document (node_modules' READMEs, licences) and its task, and made one edit the
 * verifier tolerates in a question: an article, a contraction, a spelling, a comma, a "please", an inflection, a
 * synonym. For a task about the wording ("Find the mistakes", "Repeat it unchanged", "Is it written for British
 * readers?", "Number each sentence") the answers differ: 489 of 1,280 were served. An edit inside a pasted document is
 * now left to a judge, whatever the task says; the short parts around it (an instruction's courtesy, a question's
 * typo) are judged as before.
 */
describe('an edit inside a pasted document', () => {
  const doc = (text: string) => `Find the mistakes in the document.\n\n${text}`;
  const rag = (context: string, question = 'How do I keep the exit status?') => `Use the following context to answer the question.\nContext:\n${context}\nQuestion: ${question}`;
  const licence = 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the Software without restriction.';
  notServed([
    [doc('If the option is set, no request will be made to the server. The cache is read first and the answer is returned as it is.'), doc('If the option is set, no request will be made to server. The cache is read first and the answer is returned as it is.')],
    [doc('The client does not close the socket until every pending request has finished, so a caller must wait for it.'), doc("The client doesn't close the socket until every pending request has finished, so a caller must wait for it.")],
    [`Is the text written for readers in Britain?\n\n${'The behavior of the parser can be customized with options that the program passes when it starts the process.'}`, `Is the text written for readers in Britain?\n\n${'The behaviour of the parser can be customized with options that the program passes when it starts the process.'}`],
    [`Document:\n"""\nMany consumer packages, such as Photoshop, use this library to read files that were written by other programs.\n"""\nTask: Repeat the document back to me unchanged.`, `Document:\n"""\nMany consumer packages, such as Photoshop use this library to read files that were written by other programs.\n"""\nTask: Repeat the document back to me unchanged.`],
    [`Does the document ask the reader nicely to do anything?\n\n${licence} See the licence file for the full text of the terms.`, `Does the document ask the reader nicely to do anything?\n\n${licence} Please see the licence file for the full text of the terms.`],
    [rag('Note that the function only fires for signals if the signal would cause the process to exit, and it is a fatal signal.'), rag('Note that the function only fires for signals if the signal would cause the process to exits, and it is a fatal signal.')],
  ]);
  served([
    // The question around the document: a courtesy, a typo in a long word, the instruction's spelling.
    [rag('Note that the function only fires for signals if the signal would cause the process to exit, and it is a fatal signal.'), rag('Note that the function only fires for signals if the signal would cause the process to exit, and it is a fatal signal.', 'How do I keep the exit status, please?')],
    [`Summarize the document.\n\n${licence}`, `Summarise the document.\n\n${licence}`],
    [`Please summarize the document.\n\n${licence}`, `Summarize the document.\n\n${licence}`],
    // Spacing and line wrapping inside the document.
    [`Summarize the document.\n\n${licence}`, `Summarize the document.\n\n${licence.replace('copy of this software, ', 'copy of this software,\n')}`],
    // A review's: courtesy around the document, a long request, a user's own story before a question (no text named).
    [`Please summarize this report.\n\n${licence}\n\nThanks!`, `Summarize this report.\n\n${licence}`],
    [
      `Could you please write a short summary of the following report for our board members, keeping it under a hundred words?\n\n${licence}`,
      `Write a short summary of the following report for our board members, keeping it under a hundred words?\n\n${licence}`,
    ],
    [
      "I'm building a small Flask app and whenever I send a POST request from the form I get a 400 Bad Request error back.\n\nHow do I fix this?",
      'I am building a small Flask app and whenever I send a POST request from the form I get a 400 Bad Request error back.\n\nHow do I fix this?',
    ],
  ]);
  // A short pasted text is a pasted text too.
  notServed([[`Repeat the text back to me unchanged.\n\nWe do not accept returns after thirty days.`, `Repeat the text back to me unchanged.\n\nWe don't accept returns after thirty days.`]]);
});
