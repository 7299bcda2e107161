import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/cache/normalise-text.ts';
import { chatKeyParts } from '../../../src/api/openai-chat/chat-key-parts.ts';
import { keyOf } from '../../../src/cache/request-key.ts';

/**
 * Session 28, a hostile tester's finding: NFC replaces some characters by another one (Unicode's singleton
 * decompositions), so a question about the Kelvin sign and the same about "K", or a line of code with a Greek
 * question mark (a SyntaxError) and with ";", had one exact key and were served each other's answers. Those
 * characters are kept as typed now; accents written composed or decomposed still meet.
 */
describe('normaliseText', () => {
  it.each([
    ['the Kelvin sign', 'What is the code point of \u212A?', 'What is the code point of K?'],
    ['the Greek question mark', 'Why is this a SyntaxError: let total = 5\u037E', 'Why is this a SyntaxError: let total = 5;'],
    ['the Ohm sign', 'Is \u2126 the ohm sign or omega?', 'Is \u03A9 the ohm sign or omega?'],
    ['the Angstrom sign', 'What is \u212B?', 'What is \u00C5?'],
    ['a CJK compatibility ideograph', '\uF900 是什么字?', '\u8C48 是什么字?'],
    ['an en quad', 'a\u2000b', 'a\u2002b'],
  ])('keeps %s apart from the character NFC would make of it', (_name, typed, other) => {
    expect(typed.normalize('NFC')).toBe(other.normalize('NFC'));
    expect(normaliseText(typed)).not.toBe(normaliseText(other));
    expect(normaliseText(typed)).toBe(typed);
  });

  it('still composes accents around a kept character, and trims and folds CRLF as before', () => {
    expect(normaliseText(' cafe\u0301 \u212A e\u0301\r\n')).toBe('caf\u00e9 \u212A \u00e9');
    expect(normaliseText('Tie\u0302\u0301ng Vie\u0323\u0302t')).toBe('Tie\u0302\u0301ng Vie\u0323\u0302t'.normalize('NFC'));
  });

  // A hostile tester at the proxy (session 40): NFC and CRLF folding made two texts one where the question is about
  // the text's own characters or line endings.
  it.each([
    ['Is "\u00c5" in NFC or NFD form?', 'Is "A\u030a" in NFC or NFD form?', 'Is "\u00c5" in NFC or NFD form?'],
    ['How many code points are in "cafe\u0301"?', 'How many code points are in "caf\u00e9"?', 'How many code points are in "cafe\u0301"?'],
    ['Which line endings does this file use?\r\nx = 1\r\n', 'Which line endings does this file use?\nx = 1\n', 'Which line endings does this file use?\r\nx = 1'],
    ['Does this line have trailing spaces?\nfoo   ', 'Does this line have trailing spaces?\nfoo', 'Does this line have trailing spaces?\nfoo   '],
  ])('keeps a text about its own characters as typed: %j', (typed, other, kept) => {
    expect(normaliseText(typed)).toBe(kept);
    expect(normaliseText(typed)).not.toBe(normaliseText(other));
  });
  it('still folds a text that does not ask about its characters, and trims one that asks about them but not about whitespace', () => {
    expect(normaliseText('Summarise this:\r\nThe meeting moved to Friday.\r\n')).toBe('Summarise this:\nThe meeting moved to Friday.');
    expect(normaliseText('What does caf\u00e9 mean?')).toBe(normaliseText('What does cafe\u0301 mean?'));
    expect(normaliseText('  How many code points are in "cafe\u0301"?  ')).toBe('How many code points are in "cafe\u0301"?');
    // A word of the list alone is no question about the characters: "letter" was read so by a first version.
    expect(normaliseText('Write a cover letter for a job at cafe\u0301')).toBe('Write a cover letter for a job at caf\u00e9');
    expect(normaliseText('Is CentOS 7 EOL?\r\nThanks')).toBe('Is CentOS 7 EOL?\nThanks');
  });

  it('keeps a private-use character of the text as it is, and folds a text of thousands of singletons as NFC does', () => {
    expect([...normaliseText('a\uE000\u212A\uE001b')].map((character) => character.codePointAt(0))).toEqual([0x61, 0xe000, 0x212a, 0xe001, 0x62]);
    // No question is about a thousand Kelvin signs; keeping each cost a callback per sign (5M of them: 2 s).
    const many = '\u212A'.repeat(1_001);
    expect(normaliseText(many)).toBe(many.normalize('NFC'));
    expect(normaliseText('\u212A'.repeat(1_000))).toBe('\u212A'.repeat(1_000));
  });

  it('gives a chat request about the Kelvin sign and one about K two keys', () => {
    const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
    expect(key('What is the code point of \u212A?')).not.toBe(key('What is the code point of K?'));
    expect(key('caf\u00e9?')).toBe(key('cafe\u0301?'));
  });

  // A red team on pasted data (session 38): trimming the ends took the first line's indentation off pasted YAML or
  // Python, and a program that does not parse had the exact key of one that does.
  it('keeps the first line\'s indentation where a later line is indented less, and trims it elsewhere', () => {
    expect(normaliseText('  apiVersion: v1\nkind: Service\n\nIs this valid YAML?')).toBe('  apiVersion: v1\nkind: Service\n\nIs this valid YAML?');
    expect(normaliseText('\n\n n = 5\nif n > 3:\n    print(n)\n')).toBe(' n = 5\nif n > 3:\n    print(n)');
    expect(normaliseText('   What is the capital of France?  ')).toBe('What is the capital of France?');
    expect(normaliseText('  def f():\n      return 1\n')).toBe('def f():\n      return 1');
    expect(normaliseText('  First line\n\n   \n  second line')).toBe('First line\n\n   \n  second line');
    const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
    expect(key(' n = 5\nif n > 3:\n    print(n)\n\nWhat does it print?')).not.toBe(key('n = 5\nif n > 3:\n    print(n)\n\nWhat does it print?'));
  });
});

// A hostile review at the proxy (session 48): texts whose answer depends on the form of an accent, on their own ends or
// on their line endings were folded to one exact key by questions no listed word named.
describe('normaliseText keeps a trailing tab that closes an empty field (a review, session 56)', () => {
  it('keeps the tab after a line of tab-separated fields, in a question or a pasted row', () => {
    expect(normaliseText('How many fields are in this TSV line: a\tb\t')).toBe('How many fields are in this TSV line: a\tb\t');
    expect(normaliseText('How many columns does this tab-separated row have?\nname\tage\t')).toBe('How many columns does this tab-separated row have?\nname\tage\t');
  });

  it('still trims a tab after prose, and spaces after fields', () => {
    expect(normaliseText('What is the capital of France?\t')).toBe('What is the capital of France?');
    expect(normaliseText('Sum these:\n1\t2 ')).toBe('Sum these:\n1\t2');
  });
});

describe('normaliseText keeps what a question reads as typed', () => {
  const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
  it.each([
    ['What does "\u00e9".length return in JavaScript?', 'What does "e\u0301".length return in JavaScript?'],
    ['print(len("\u00e9"))  # what is the output?', 'print(len("e\u0301"))  # what is the output?'],
    ['Hex dump this string: caf\u00e9', 'Hex dump this string: cafe\u0301'],
    ['Does /^caf.$/ match "caf\u00e9"?', 'Does /^caf.$/ match "cafe\u0301"?'],
    ['What does "\uAC00".length return in JavaScript?', 'What does "\u1100\u1161".length return in JavaScript?'],
    ["SELECT LENGTH('\u00fc'); -- result in MySQL utf8mb4?", "SELECT LENGTH('u\u0308'); -- result in MySQL utf8mb4?"],
    ['Is `ma\u00f1ana` == `man\u0303ana` in Ruby?', 'Is `man\u0303ana` == `man\u0303ana` in Ruby?'],
    ['\n\nHow many blank lines precede this sentence?', 'How many blank lines precede this sentence?'],
    ['Count the characters in this message including spaces:   ', 'Count the characters in this message including spaces:'],
    ['Does my message end with a space? ', 'Does my message end with a space?'],
    ['What is the last character of this message? ', 'What is the last character of this message?'],
    ['\techo hi\n^ is this line a valid Makefile recipe line?', 'echo hi\n^ is this line a valid Makefile recipe line?'],
    ['Is this SMTP DATA terminator correct: \r\n.\r\n', 'Is this SMTP DATA terminator correct: \n.\n'],
  ])('gives %j and %j two exact keys', (typed, other) => {
    expect(key(typed)).not.toBe(key(other));
  });
  it('still folds prose with a decomposed accent, an apostrophe inside a word, and padding around a question about no characters', () => {
    expect(key("What's a good cafe\u0301 in Paris?")).toBe(key("What's a good caf\u00e9 in Paris?"));
    expect(key('Tell me about the Eiffel Tower.\n')).toBe(key('Tell me about the Eiffel Tower.'));
    expect(key('How many planets are there?\n')).toBe(key('How many planets are there?'));
    // Quotes, parentheses, "&" and "%" are prose's too; whitespace words about another text are no question about this one.
    expect(key("What does 'de\u0301ja\u0300 vu' mean?")).toBe(key("What does 'd\u00e9j\u00e0 vu' mean?"));
    expect(key('Best cafe\u0301 in Zu\u0308rich (near the station)?')).toBe(key('Best caf\u00e9 in Z\u00fcrich (near the station)?'));
    expect(key('How do I remove extra blank lines in Word?\n')).toBe(key('How do I remove extra blank lines in Word?'));
    expect(key('How do I close all tabs in Chrome? ')).toBe(key('How do I close all tabs in Chrome?'));
  });
});

describe('embedded turns are normalised as the conversation reads', () => {
  const key = (first: string, last: string) =>
    keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content: first }, { role: 'assistant', content: 'OK' }, { role: 'user', content: last }] }, { lastTurns: 3 }), { tenant: 't', route: 'r' }).id;
  it('keeps an earlier turn as typed where a later one asks about its characters or its ends', () => {
    expect(key('s = "\u00e9"', 'What is len(s) in Python?')).not.toBe(key('s = "e\u0301"', 'What is len(s) in Python?'));
    expect(key('ab   ', 'How many trailing spaces did my first message have?')).not.toBe(key('ab', 'How many trailing spaces did my first message have?'));
  });
  it('still folds them where nothing asks', () => {
    expect(key('I like cafe\u0301s', 'Recommend one in Paris')).toBe(key('I like caf\u00e9s', 'Recommend one in Paris'));
    expect(key('I like Paris\n', 'Recommend a hotel there')).toBe(key('I like Paris', 'Recommend a hotel there'));
  });
});

// A helper told to break the session's change (session 48): questions about a text's bytes, its accents' forms or its
// ends in words the first lists lacked.
describe('what a review of the first version still folded', () => {
  const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
  it.each([
    ['Compute the MD5 of the following text:\r\nhello\r\nworld', 'Compute the MD5 of the following text:\nhello\nworld'],
    ['How many bytes is this file?\r\nabc\r\ndef', 'How many bytes is this file?\nabc\ndef'],
    ['Here is my batch file:\r\n@echo off\r\ngoto :start\r\n:start\r\necho hi\r\nWhy does goto fail?', 'Here is my batch file:\n@echo off\ngoto :start\n:start\necho hi\nWhy does goto fail?'],
    ['Is "caf\u00e9" the same as "cafe\u0301" in Python?', 'Is "caf\u00e9" the same as "caf\u00e9" in Python?'],
    ['What is the length of "cafe\u0301" in JavaScript?', 'What is the length of "caf\u00e9" in JavaScript?'],
    ['Count the characters in the following: abc   ', 'Count the characters in the following: abc'],
    ['Does my last message end with a space? ', 'Does my last message end with a space?'],
  ])('gives %j and %j two exact keys', (typed, other) => {
    expect(key(typed)).not.toBe(key(other));
  });
  it('keeps an earlier turn\'s ends where a later turn asks about "my first message"', () => {
    const turns = (first: string) =>
      keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content: first }, { role: 'assistant', content: 'OK.' }, { role: 'user', content: 'Did my first message end with a space?' }] }, { lastTurns: 3 }), { tenant: 't', route: 'r' }).id;
    expect(turns('abc ')).not.toBe(turns('abc'));
  });
  it('still folds everyday padded or CRLF prose', () => {
    expect(key('Describe the main characters of Hamlet.\r\nThanks')).toBe(key('Describe the main characters of Hamlet.\nThanks'));
    expect(key('How do I remove spaces in Excel?\n')).toBe(key('How do I remove spaces in Excel?'));
  });
});

describe('what a review at the proxy found still folded (session 49)', () => {
  const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
  it.each(['print(1)', 'console.log(1);', 'return x', 'raise ValueError("x")', 'pass', 'while True:', 'if x:', 'with open("f") as fh:', '@app.route("/")', 'items.append(1)', 'main()', 'echo hello', 'i++'])(
    'keeps the indentation of a first line of code %j above a line indented less',
    (first) => {
      expect(key(`    ${first}\nprint(2)\n\nWhat does this output?`)).not.toBe(key(`${first}\nprint(2)\n\nWhat does this output?`));
    },
  );
  it.each(['What is', 'Hello there', 'Return policy question', 'While I was out', 'With love'])('still trims an indented first line of prose %j', (first) => {
    expect(normaliseText(`  ${first}\n\nthe rest`)).toBe(`${first}\n\nthe rest`);
  });
  it('keeps a first line indented four spaces above a line indented less: a Markdown code block', () => {
    expect(key('    Hello world\nWhat does this look like rendered as Markdown?')).not.toBe(key('Hello world\nWhat does this look like rendered as Markdown?'));
    expect(normaliseText('  Hello world\nWhat?')).toBe('Hello world\nWhat?');
  });
  it('still trims a pasted email\'s indented first line, prose that opens with a keyword, and CRLF in everyday questions', () => {
    expect(key('    Dear Mr. Smith,\nI wanted to follow up.\n\nCan you make this more formal?')).toBe(key('Dear Mr. Smith,\nI wanted to follow up.\n\nCan you make this more formal?'));
    expect(key('  return policy question\nplease help')).toBe(key('return policy question\nplease help'));
    expect(key('    How do I mute Slack at night?\nToo many pings.')).toBe(key('How do I mute Slack at night?\nToo many pings.'));
    expect(key('   if i quit my job, can i still get unemployment?\nplease help')).toBe(key('if i quit my job, can i still get unemployment?\nplease help'));
    expect(key('What is the standard length of a wedding speech?\r\nThanks!')).toBe(key('What is the standard length of a wedding speech?\nThanks!'));
  });
  it.each(['What is the sha1sum of the two lines above?', 'Why does git show every line as changed?'])('keeps CRLF apart from LF where %j reads the bytes', (question) => {
    expect(key(`abc\r\ndef\r\n${question}`)).not.toBe(key(`abc\ndef\n${question}`));
  });
  it.each(['Escape this text as a JSON string literal: first', 'Write this as a C string literal with escapes: first', 'How many characters long is this text: first', 'What is the length of this text? first'])(
    'keeps CRLF apart from LF where %j asks for escapes or a length',
    (text) => {
      expect(key(`${text}\r\nsecond`)).not.toBe(key(`${text}\nsecond`));
    },
  );
});

describe('what a red team found folded (session 50)', () => {
  const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
  it.each([
    ['    a, b = b, a\nprint(a, b)\nWhat happens when I run this?'],
    ['    for i in range(3): print(i)\nprint("done")\nWhat does this output?'],
    ['    global counter\ncounter += 1\nIs this Python valid?'],
    ['  Type: AWS::S3::Bucket\nProperties:\n  BucketName: logs\nIs this valid YAML?'],
    ['  Version: 2\nOutputs:\n  Url: x\nWill yamllint accept this?'],
    ['   first name: Ann\nlast name: Lee\nIs this valid YAML?'],
    ['    npm install\nWhy does GitHub show this line in a grey box?'],
    ['    Hello world\nHow will this be displayed on Reddit?'],
  ])('keeps the indentation of a first line above a line indented less where either reads as code or data: %j', (text) => {
    expect(key(text)).not.toBe(key(text.trimStart()));
  });
  it.each([
    '#!/bin/bash\necho hi\nWhy does ./run.sh fail with "Exec format error"?',
    '<?php\nheader("Location: /");\nWhy do I get "headers already sent"?',
    '<?xml version="1.0"?>\n<a/>\nWhy does the parser reject this?',
    '---\ntitle: Home\n---\nWhy does Jekyll ignore my front matter?',
    '# -*- coding: latin-1 -*-\nprint("café")\nWhy does Python ignore my coding cookie?',
  ])('keeps blank lines above a first line that must open its file: %j', (text) => {
    expect(key(`\n${text}`)).not.toBe(key(text));
    expect(key(`\r\n\n${text}`)).not.toBe(key(text));
  });
  it('keeps a byte order mark', () => {
    expect(key('\uFEFFid,name\n1,Ann\nWhy does pandas not find the column id?')).not.toBe(key('id,name\n1,Ann\nWhy does pandas not find the column id?'));
  });
  it.each([
    'Count the characters in: hello',
    'Why does my .env value not match? API_TOKEN=xyz789',
    'Is this a valid hex colour (exactly 7 chars)? #ff00aa',
    'How many characters is my password: hunter2',
    'Will the regex ^[a-z]+$ match this value? hello',
  ])('keeps the spaces after a value pasted at the end: %j', (text) => {
    expect(key(`${text}  `)).not.toBe(key(text));
    expect(key(`${text}\t`)).not.toBe(key(text));
  });
  it.each([
    'Is this a valid POSIX text file?\nline one\nline two',
    'Why does git diff say "No newline at end of file" here?\nexport default {}',
    'How many lines does wc -l report for this file:\nalpha\nbeta',
  ])('keeps a final newline where the text asks how it ends: %j', (text) => {
    expect(key(`${text}\n`)).not.toBe(key(text));
  });
  it.each(['Why does my URL for cafe\u0301 contain %CC%81?', 'Why does git status show cafe\u0301.txt twice on my Mac?', 'Why does rsync copy cafe\u0301.jpg again every time?'])(
    'keeps a decomposed accent where its form may be the cause: %j',
    (text) => {
      expect(key(text)).not.toBe(key(text.normalize('NFC')));
    },
  );
  it.each([
    ['Translate to French: hello ', 'Translate to French: hello'],
    ['Define: serendipity ', 'Define: serendipity'],
    ['Define: self-esteem ', 'Define: self-esteem'],
    ["Translate to French: don't ", "Translate to French: don't"],
    ['What is the capital of this country: France ', 'What is the capital of this country: France'],
    ['Who won the match? Arsenal ', 'Who won the match? Arsenal'],
    ['What year did it happen? 1969 ', 'What year did it happen? 1969'],
    ['How do I read a file until EOF in C?\n', 'How do I read a file until EOF in C?'],
    ['What is the maximum length of the password on Netflix?\n', 'What is the maximum length of the password on Netflix?'],
    ['  From: Alice <alice@example.com>\nTo: Bob <bob@example.com>\nSubject: Lunch\n\nSummarize this.', 'From: Alice <alice@example.com>\nTo: Bob <bob@example.com>\nSubject: Lunch\n\nSummarize this.'],
    ['  The meeting has been moved to Friday; please update your calendars.\nLunch will be provided.\n\nSummarize this.', 'The meeting has been moved to Friday; please update your calendars.\nLunch will be provided.\n\nSummarize this.'],
    ['   I bought the item(s) last week [1].\nThey have not arrived.\n\nWrite a complaint.', 'I bought the item(s) last week [1].\nThey have not arrived.\n\nWrite a complaint.'],
    ['  * Paris: capital of France\n* Lyon: food capital\nWhich city should I visit first?', '* Paris: capital of France\n* Lyon: food capital\nWhich city should I visit first?'],
    ['\n\n# Coding: A Beginner\'s Guide\n\nIntro goes here.\n\nWrite an introduction for this blog post.', '# Coding: A Beginner\'s Guide\n\nIntro goes here.\n\nWrite an introduction for this blog post.'],
    ['\n---\nContext: a newsletter for parents\n---\nProofread this draft.', '---\nContext: a newsletter for parents\n---\nProofread this draft.'],
    ['\uFEFFWhat is the capital of France?', 'What is the capital of France?'],
    ['What is the difference between a cre\u0302pe and a galette?', 'What is the difference between a cr\u00eape and a galette?'],
  ])('still folds what an over-refusal review of the first version kept (session 50): %j', (typed, folded) => {
    expect(key(typed)).toBe(key(folded));
  });
  it('still folds everyday padding, a final newline and prose indented above a line indented less', () => {
    expect(key('What is the capital of France? ')).toBe(key('What is the capital of France?'));
    expect(key('Translate to French: good morning ')).toBe(key('Translate to French: good morning'));
    expect(key('\n\nWhat is the capital of France?\n')).toBe(key('What is the capital of France?'));
    expect(key('Summarize the following text:\nThe cat sat.\n')).toBe(key('Summarize the following text:\nThe cat sat.'));
    expect(key('  Hello team,\nplease find the notes below.')).toBe(key('Hello team,\nplease find the notes below.'));
    expect(key('Why does caf\u0065\u0301 mean coffee?')).toBe(key('Why does caf\u00e9 mean coffee?'));
  });
});

describe('what a red team on typography and one through the proxy found folded (session 51)', () => {
  const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
  const decomposed = (text: string) => text.normalize('NFD');
  it('keeps a text that holds a word in both forms as typed', () => {
    const typed = `Why does my Postgres constraint accept both ${decomposed('Zoë')} and Zoë as separate rows?`;
    expect(key(typed)).not.toBe(key(typed.normalize('NFC')));
  });
  it.each([
    'Why does my Postgres unique constraint reject Müller when I paste it, but accept it when I type it?',
    'Our CRM shows the customer Gödel twice after deduplication. Why?',
    'Why does my Excel XLOOKUP return #N/A for François?',
    'How many SMS segments will this take: Hi Chloé, your order is ready.',
    'Why does the screen reader spell out Zoë letter by letter?',
  ])('keeps a decomposed accent where the question is how the text is stored or shown: %j', (text) => {
    expect(key(decomposed(text))).not.toBe(key(text));
  });
  it.each([
    ['Why does `read line` in bash leave a weird character at the end of each line of this file?', 'alpha', 'beta', 'gamma'],
    ['My parser shows a stray character at the end of the last column of each row. What is it?', 'id,name', '1,Ann', '2,Bob'],
    ['Why does this script fail on my Ubuntu server?', 'cd /app', 'npm install', 'npm start'],
    ['Why does uniq not merge these lines?', 'foo', 'foo', 'foo'],
  ])('keeps CRLF in pasted lines asked why they fail or look odd: %j', (...lines) => {
    expect(key(lines.join('\r\n'))).not.toBe(key(lines.join('\n')));
  });
  it('still folds a decomposed accent in prose, singletons and accents of one form, and CRLF in other questions about pasted lines', () => {
    expect(key(decomposed('What does café au lait mean?'))).toBe(key('What does café au lait mean?'));
    expect(key(decomposed('Où est la gare à Genève?'))).toBe(key('Où est la gare à Genève?'));
    expect(key('Why is this slow?\r\nfor i in range(n):\r\n    total += i')).toBe(key('Why is this slow?\nfor i in range(n):\n    total += i'));
    expect(key('Summarise this:\r\nline one\r\nline two')).toBe(key('Summarise this:\nline one\nline two'));
  });
});

describe('ends that are the content whatever the text asks (normalise-text.ts endsAreContent; a red team at the proxy, session 58)', () => {
  const patch = '--- a/notes.txt\n+++ b/notes.txt\n@@ -1,3 +1,3 @@\n alpha\n-beta\n+gamma\n ';
  it.each([
    // git applies the first; without its last context line (a lone space) the hunk is corrupt.
    ['Will git apply accept this patch?\n' + patch, 'Will git apply accept this patch?\n' + patch.slice(0, -2)],
    // A YAML block that keeps its trailing lines holds "hello\n\n\n".
    ['What exact string does the key msg hold in this YAML?\nmsg: |+\n  hello\n\n\n', 'What exact string does the key msg hold in this YAML?\nmsg: |+\n  hello'],
    // A space no keyboard types by chance.
    ['Name the last code point in: x\u2003', 'Name the last code point in: x'],
    // YAML's keep indicator after a tag or an anchor.
    ['What does this parse to in YAML?\nmsg: !!str |+\n  hello\n\n', 'What does this parse to in YAML?\nmsg: !!str |+\n  hello'],
  ])('keeps the end of %j', (kept, other) => {
    expect(normaliseText(kept)).toBe(kept);
    expect(normaliseText(kept)).not.toBe(normaliseText(other));
  });

  it.each([
    ['What is the capital of France? ', 'What is the capital of France?'],
    ['key: |\n  hi\n\n', 'key: |\n  hi'],
    // A review of the first version: a no-break space pasted at the end, a newline after a fenced diff or after a diff's line.
    ['How do I reset my password?\u00a0', 'How do I reset my password?'],
    ['Can you review this patch?\n```diff\n@@ -1,2 +1,2 @@\n-x = 1\n+x = 2\n```\n', 'Can you review this patch?\n```diff\n@@ -1,2 +1,2 @@\n-x = 1\n+x = 2\n```'],
    ['Review this diff:\n@@ -1,2 +1,2 @@\n-a = 1\n+a = 2\n', 'Review this diff:\n@@ -1,2 +1,2 @@\n-a = 1\n+a = 2'],
  ])('still trims %j', (padded, trimmed) => {
    expect(normaliseText(padded)).toBe(trimmed);
  });
});

describe('the YAML keep indicator is read in linear time (a review of the first version, session 58)', () => {
  it('normalises 200 KB of crafted tags with trailing space to the same text as a plain trim would', () => {
    const text = `${'!- '.repeat(66_666)} `;
    expect(normaliseText(text)).toBe(text.trim());
  });
});
