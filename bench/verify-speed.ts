/**
 * Speed and start-up cost of the structural verifier (src/cache/verify/).
 *   node bench/verify-speed.ts
 *
 * Measures, in one process: loading the lexicon (time and resident memory added); verifying ordinary prompt
 * pairs (near-duplicates, blocked changes, rewordings); a 100 KB prompt with one word changed; adversarial
 * input (repeated characters, no shared tokens). The peer is the local embedder embedding the same query in the
 * same run: verification is reported as a ratio to it, because machines differ from day to day.
 */
import { LocalEmbedder } from '../src/embedding/local/local-embedder.ts';
import { ensureLexicon, loadLexicon } from '../src/cache/verify/lexicon-file.ts';
import { StructuralVerifier } from '../src/cache/verify/structural-verifier.ts';

const ordinary: Array<[string, string]> = [
  ['How do I fix a flat tire on my bike?', 'Please, how do I repair a flat tyre on my bike?'],
  ['Convert 100 USD to EUR', 'Convert 100 EUR to USD'],
  ['What is the capital of France?', "what's the capital of France"],
  ['Should I take ibuprofen before eating?', 'Should I take ibuprofen after eating?'],
  ['Explain quantum computing to a child in simple words', 'Describe quantum computing for kids using easy language'],
  ['Write a Python function that reverses a list', 'Write a python function that reverses lists'],
];
const document = 'The committee reviewed the proposal, its budget and its schedule in detail. '.repeat(1_400);
const large: [string, string] = [`${document}The proposal was approved. ${document}Summarize.`, `${document}The proposal was rejected. ${document}Summarize.`];
const adversarial: Array<[string, [string, string]]> = [
  ['100 KB of one repeated character, last one changed', ['a'.repeat(100_000), `${'a'.repeat(99_999)}b`]],
  ['100 KB of repeated "a " words, one removed', ['a '.repeat(50_000), 'a '.repeat(49_999)]],
  ['2 × 20,000 tokens, none shared', [Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' '), Array.from({ length: 20_000 }, (_, i) => `v${i}`).join(' ')]],
  // A run of marks with no @ or / in it: the e-mail and path patterns once rescanned it from every position.
  ['256 KB of ".-" (the semantic cap), last mark changed', ['.-'.repeat(131_072), `${'.-'.repeat(131_071)}.+`]],
  ['256 KB of "+." , last mark changed', ['+.'.repeat(131_072), `${'+.'.repeat(131_071)}+,`]],
  // Articles before words of no language: each looked the word up in the 150k-word vocabulary (0.9 ms each).
  ['256 KB of "a zzqx ", one removed', ['a zzqx '.repeat(37_449), 'a zzqx '.repeat(37_448)]],
  // Every "can you" scanned to its sentence's end for a scoping word: quadratic before.
  ['256 KB of "can you check this, ", one removed', ['can you check this, '.repeat(13_107), 'can you check this, '.repeat(13_106)]],
  // A line of commas with an assignment in it: the grouping-comma rule must search the line once, not per comma.
  ['256 KB of "b, " after "x = y", one removed', [`x = y, ${'b, '.repeat(87_000)}`, `x = y, ${'b, '.repeat(86_999)}`]],
  ['256 KB of "a, b = b, a; " (assignments), one comma removed', ['a, b = b, a; '.repeat(20_000), `${'a, b = b, a; '.repeat(19_999)}a b = b, a; `]],
  ['"What is " + 128k × "a " + "cat?" against "What is a cat?"', [`What is ${'a '.repeat(128_000)}cat?`, 'What is a cat?']],
  // A prompt about lines whose tokens are all the same: the layout is compared, from a second tokenization.
  ['256 KB of lines in a prompt about lines, two joined', [`How many lines?\n${'ab\n'.repeat(85_000)}x`, `How many lines?\n${'ab\n'.repeat(84_999)}ab x`]],
  // Each "cant" next to a pronoun becomes two tokens; each comma before a last word is looked at.
  ['256 KB of "cant I ", one removed', ['cant I '.repeat(37_449), 'cant I '.repeat(37_448)]],
  ['256 KB of "go, bob. ", one comma removed', ['go, bob. '.repeat(29_127), `${'go, bob. '.repeat(29_126)}go bob.`]],
  // Session 11's courtesy rules: a message after every verb of telling, courtesy of two kinds set aside.
  ['256 KB of "tell my boss sorry. ", the last one thanks', ['tell my boss sorry. '.repeat(13_107), `${'tell my boss sorry. '.repeat(13_106)}tell my boss thanks.`]],
  ['256 KB of "good morning, thanks. ", the last one good evening', ['good morning, thanks. '.repeat(11_915), `${'good morning, thanks. '.repeat(11_914)}good evening, thanks.`]],
  ['256 KB of "¿que come? ", the last one comes', ['¿que come? '.repeat(23_831), `${'¿que come? '.repeat(23_830)}¿que comes?`]],
  // Session 12's rules: a listed synonym read in its context, one or several asked for, a closing courtesy.
  ['256 KB of "is the water hard ", the last one difficult', ['is the water hard '.repeat(14_563), `${'is the water hard '.repeat(14_562)}is the water difficult`]],
  ['256 KB of "i need a gift ", the last one gifts', ['i need a gift '.repeat(18_724), `${'i need a gift '.repeat(18_723)}i need gifts`]],
  ['256 KB of "translate this. hello. ", the last one thanks', ['translate this. hello. '.repeat(11_397), `${'translate this. hello. '.repeat(11_396)}translate this. thanks.`]],
  // Session 14's rules: a hedge closing a statement inside a text (one long sentence of hedges took 20 s before its
  // sentence's start was looked for within a bound), marks before the first word, a comma between list items.
  ['256 KB of "staff if possible ", the last word changed', [`${'staff if possible '.repeat(14_563)}x`, `${'staff if possible '.repeat(14_563)}y`]],
  ['128 KB of "() " then 128 KB of "x if possible. "', [`${'() '.repeat(43_690)}${'x if possible. '.repeat(8_738)}`, `${'() '.repeat(43_690)}${'x if possible. '.repeat(8_737)}y if possible.`]],
  ['256 KB of "a, b and c. ", one comma removed', ['a, b and c. '.repeat(21_845), `${'a, b and c. '.repeat(21_844)}a b and c.`]],
  // Session 15's rules, on input built to make them walk far: one sentence of asking politeness and question words
  // (each embedded question looked for), "how to" after long runs of politeness, contracted negations after
  // question words, "give me" before counted plurals, digits against number words.
  ['256 KB of "do you know what the x is, ", the last x changed', [`${'do you know what the x is, '.repeat(9_709)}y`, `${'do you know what the x is, '.repeat(9_709)}z`]],
  ['256 KB of "please , " then "how to go", the verb changed', [`${'please , '.repeat(29_127)}how to go`, `${'please , '.repeat(29_127)}how to run`]],
  ['256 KB of "why isn\'t it ", the last one he', ["why isn't it ".repeat(18_724), `${"why isn't it ".repeat(18_723)}why isn't he`]],
  ['256 KB of "give me 5 ideas. ", the last 5 in words', ['give me 5 ideas. '.repeat(15_420), `${'give me 5 ideas. '.repeat(15_419)}give me five ideas.`]],
  // A line per "how to" (each scanned for "you" to its sentence's end took 15 s before the scan stopped at a line),
  // and many numbers in digits against words (the text's topic read once, not per number).
  ['256 KB of "How to go\\n", the last verb changed', [`${'How to go\n'.repeat(26_214)}How to run`, `${'How to go\n'.repeat(26_214)}How to walk`]],
  ['128 KB of "5 tips " against "five tips "', ['5 tips '.repeat(18_724), 'five tips '.repeat(18_724)]],
  // Session 16's rules: courtesy lines in a role-play, counts in the asker's statements, titles before what is
  // asked of works, commas before "because" after a denied action, a text to write a headline from.
  ['256 KB of "You are a pirate. Hello! ", the last one Sorry', ['You are a pirate. Hello! '.repeat(10_485), `${'You are a pirate. Hello! '.repeat(10_484)}You are a pirate. Sorry!`]],
  ['256 KB of "I have a cat. ", the last one cats', ['I have a cat. '.repeat(18_724), `${'I have a cat. '.repeat(18_723)}I have cats.`]],
  ['256 KB of "who sings animals lyrics ", the last one animal', ['who sings animals lyrics '.repeat(10_485), `${'who sings animals lyrics '.repeat(10_484)}who sings animal lyrics`]],
  ["256 KB of \"I didn't go, because \", one comma removed", ["I didn't go, because ".repeat(12_483), `${"I didn't go, because ".repeat(12_482)}I didn't go because`]],
  // Found by a red team: commas before "which" in one sentence, each of which read the run of marks ending it.
  ['236 KB of "stocks, which lost value " then 70,000 "¡" and "?", one comma', ['stocks which lost value '.repeat(4_000) + '¡'.repeat(70_000) + '?', 'stocks, which lost value '.repeat(4_000) + '¡'.repeat(70_000) + '?']],
  ['"Write a headline: " then 256 KB of "x y. ", the last mark a question mark', [`Write a headline: ${'x y. '.repeat(52_428)}`, `Write a headline: ${'x y. '.repeat(52_427)}x y?`]],
  // Session 17's rules: a text judged for its tone, steps whose order words cross a boundary, reported questions.
  ['256 KB of "Is this too blunt? Reply now. ", the last with please', ['Is this too blunt? Reply now. '.repeat(8_738), `${'Is this too blunt? Reply now. '.repeat(8_737)}Is this too blunt? Please reply now.`]],
  ['256 KB of "Do this first, then that. ", the last comma moved', ['Do this first, then that. '.repeat(10_082), `${'Do this first, then that. '.repeat(10_081)}Do this, first then that.`]],
  ['256 KB of "tell me who called, " then "after lunch" moved', [`After lunch, ${'tell me who called and '.repeat(11_397)}`, `${'tell me who called and '.repeat(11_397)}after lunch`]],
  ['256 KB of "my parents, Ann and Bob, ", one comma added', ['my parents, Ann and Bob, '.repeat(10_485), `${'my parents, Ann and Bob, '.repeat(10_484)}my parents, Ann, and Bob`]],
  ["256 KB of \"I don't drink coffee \", one full stop added", ["I don't drink coffee ".repeat(12_483), `${"I don't drink coffee ".repeat(12_482)}I don't drink. Coffee`]],
  ['256 KB of \'select "x" from t \', the last quotes single', ['select "x" from t '.repeat(14_563), `${'select "x" from t '.repeat(14_562)}select 'x' from t`]],
  // Found by a hostile helper: the appositive rule read every comma of the side for each comma before "and"/"or".
  ['256 KB of "cats, and ", against "cats and "', ['cats, and '.repeat(26_214), 'cats and '.repeat(26_214)]],
  ['256 KB of "would you tell me if " , the last one can', ['would you tell me if '.repeat(12_483), `${'would you tell me if '.repeat(12_482)}can you tell me if`]],
  // Session 18's rules: spacing of one-line code, the asker's conditions, nouns the text counts, hedges in a quoted
  // message, names before a member noun in a text about code, measures counted by "a".
  ['256 KB of "x = $HOME; " on one line, the last one x=$HOME (too long to be read as a command)', ['x = $HOME; '.repeat(23_831), `${'x = $HOME; '.repeat(23_830)}x=$HOME;`]],
  ['256 KB of "echo ok " then ".-", first word capitalised (a found worst case)', [`Hello echo ok ${'.-'.repeat(131_052)}`, `hello echo ok ${'.-'.repeat(131_052)}`]],
  ['256 KB of "if I miss a payment " , the last one payments', ['if I miss a payment '.repeat(13_107), `${'if I miss a payment '.repeat(13_106)}if I miss payments`]],
  ['256 KB of "per book. I lost the book. ", the last one books', ['per book. I lost the book. '.repeat(9_709), `${'per book. I lost the book. '.repeat(9_708)}per book. I lost the books.`]],
  ['256 KB of "He wrote: go if possible. ", the last hedge gone', ['He wrote: go if possible. '.repeat(10_082), `${'He wrote: go if possible. '.repeat(10_081)}He wrote: go.`]],
  ['256 KB of "the colour method in Python ", the last one color', ['the colour method in Python '.repeat(9_362), `${'the colour method in Python '.repeat(9_361)}the color method in Python`]],
  ['256 KB of "fast for a week " , the last one weeks', ['fast for a week '.repeat(16_384), `${'fast for a week '.repeat(16_383)}fast for weeks`]],
  // Session 19's rules: negations opening questions, curly quotes after a shell command, spaced dots after one,
  // lone capitals, no-break spaces beside marks.
  ['256 KB of "Why does not tipping fail? " , the last one contracted', ['Why does not tipping fail? '.repeat(9_709), `${'Why does not tipping fail? '.repeat(9_708)}Why doesn't tipping fail?`]],
  ['256 KB of "why echo “a” " , the last one straight', ['why echo “a” '.repeat(20_164), `${'why echo “a” '.repeat(20_163)}why echo "a"`]],
  ['256 KB of "cd .. " , the last dots gone', ['cd .. '.repeat(43_690), `${'cd .. '.repeat(43_689)}cd`]],
  ['256 KB of "G in vim. " , the last one lowercase', ['G in vim. '.repeat(26_214), `${'G in vim. '.repeat(26_213)}g in vim.`]],
  ['256 KB of "x =\u00a01; " , the last space plain', ['x =\u00a01; '.repeat(32_768), `${'x =\u00a01; '.repeat(32_767)}x = 1;`]],
  // Session 20's rules: question marks on labelled lines, a fronted phrase joined to a request, a courtesy a rule
  // names, an article moved across "only", a bare substance against its plural.
  ['256 KB of "Maria: we ship today. " , the last one asked', ['Maria: we ship today. '.repeat(11_915), `${'Maria: we ship today. '.repeat(11_914)}Maria: we ship today?`]],
  ['256 KB of "Explain x. In two lines, explain y. " , the last break dropped', ['Explain x. In two lines, explain y. '.repeat(7_281), `${'Explain x. In two lines, explain y. '.repeat(7_280)}Explain x in two lines, explain y.`]],
  ['256 KB of "if I say please, answer. " then "Please tell me a joke"', [`${'if I say please, answer. '.repeat(10_485)}Please tell me a joke.`, `${'if I say please, answer. '.repeat(10_485)}Tell me a joke.`]],
  ['256 KB of "Is it only a star? " , the last one the only star', ['Is it only a star? '.repeat(13_797), `${'Is it only a star? '.repeat(13_796)}Is it the only star?`]],
  ['256 KB of "Is nickel magnetic? " , the last one plural', ['Is nickel magnetic? '.repeat(13_107), `${'Is nickel magnetic? '.repeat(13_106)}Are nickels magnetic?`]],
  // Session 21: quotation marks read from the raw text, Title Case keeping its acronyms, a closing mark read backwards.
  ["256 KB of \"In C, is 'a' a char? \" , the last quotes double", ["In C, is 'a' a char? ".repeat(12_483), `${"In C, is 'a' a char? ".repeat(12_482)}In C, is "a" a char?`]],
  ['256 KB of "What Does IT Mean " , the last one It', ['What Does IT Mean '.repeat(14_563), `${'What Does IT Mean '.repeat(14_562)}What Does It Mean`]],
  ['256 KB of "a" then "String!" against "String?" in Swift', [`In Swift, what is ${'a'.repeat(262_000)} String!`, `In Swift, what is ${'a'.repeat(262_000)} String?`]],
  ['256 KB of "how do I use python ", the last one Python', ['how do I use python '.repeat(12_483), `${'how do I use python '.repeat(12_482)}how do I use Python`]],
  ['256 KB of "why? " then an emoji at the end', [`${'why? '.repeat(52_428)}😩`, 'why? '.repeat(52_428)]],
  ['256 KB of "Which 1,000 things? "', ['Which 1,000 things? '.repeat(13_107), 'What 1000 things? '.repeat(13_107)]],
  ['256 KB of "No a. B, c and d. ", the last stop a comma', [`${'No a. B, c and d. '.repeat(14_563)}No a. B, c and d.`, `${'No a. B, c and d. '.repeat(14_563)}No a, b, c and d.`]],
  // Session 22: Turkish capitals compared word by word, a negation looked for before a moved "really", "if you
  // could" read to its sentence's ends, a count's article looked for before each plural.
  ['256 KB of Turkish capitals against lowercase', [`NE DEMEK ${'KILIK '.repeat(43_690)}`, `ne demek ${'kilik '.repeat(43_690)}`]],
  ["256 KB of \"I don't drink really. \" , the last stop moved", [`${"I don't drink really. ".repeat(11_915)}Is it bad?`, `${"I don't drink really. ".repeat(11_914)}I don't drink. Really, is it bad?`]],
  ['256 KB of "would you if you could " (no stop)', ['would you if you could '.repeat(11_397), `${'would you if you could '.repeat(11_396)}would you`]],
  ['256 KB of "Add a comment and " , the last one plural', ['Add a comment and '.repeat(14_563), `${'Add a comment and '.repeat(14_562)}Add comments and`]],
  // Session 23: the look-alike fold (look-alikes.ts) reads every character of a text that is not ASCII.
  ['256 KB of "bееr " with Cyrillic "е"s, the last one plural', ['b\u0435\u0435r '.repeat(52_428), `${'b\u0435\u0435r '.repeat(52_427)}b\u0435\u0435rs`]],
  ['256 KB of full-width "ｂｅｅｒ　", the last one plural', ['ｂｅｅｒ\u3000'.repeat(26_214), `${'ｂｅｅｒ\u3000'.repeat(26_213)}ｂｅｅｒｓ`]],
  ['256 KB of a zero-width space after every letter', ['a\u200b'.repeat(65_536), `${'a\u200b'.repeat(65_535)}b`]],
  // NFC sorts a run of combining marks in time quadratic in its length (9 s for this one before streamSafeNfc).
  ['"a" and 130,000 alternating combining marks, the last one changed', [`a${'\u0300\u0316'.repeat(65_000)}`, `a${'\u0300\u0316'.repeat(64_999)}\u0300\u0317`]],
  // Session 24: politeness counted line by line in pasted text (pasted-politeness.ts), and a title search.
  ['256 KB of "- Avoid nuts if you can" lines after "Rules:", the last hedge gone', [`Rules:\n${'- Avoid nuts if you can\n'.repeat(10_922)}Plan my meals.`, `Rules:\n${'- Avoid nuts if you can\n'.repeat(10_921)}- Avoid nuts\nPlan my meals.`]],
  ['256 KB of "please go lyrics " (no stop)', ['please go lyrics '.repeat(15_420), `${'please go lyrics '.repeat(15_419)}go lyrics`]],
  // Session 24: the end marks of pasted chat lines (pasted-marks.ts); a word in quotation marks on one side.
  ['256 KB of "Him: ok." lines, the last one "ok!", then "Is he mad?"', [`${'Him: ok.\n'.repeat(29_126)}Is he mad?`, `${'Him: ok.\n'.repeat(29_125)}Him: ok!\nIs he mad?`]],
  ['256 KB of \'my "friend" \', the last one unquoted', ['my "friend" '.repeat(21_845), `${'my "friend" '.repeat(21_844)}my friend`]],
  // A review of session 24: both took time quadratic in a run (emoticons.ts's end anchor, pasted-marks.ts's end marks).
  ['"Why " and 256 KB of spaces, then "x", against "Why x :("', [`Why ${' '.repeat(262_144)}x`, 'Why x :(']],
  ['"Him: " and 256 KB of "!" then "a", then "Is he mad?"', [`Him: ${'!'.repeat(262_144)}a\nIs he mad?`, `Him: ${'!'.repeat(262_144)}a \nIs he mad?`]],
  // Session 25: marks between quoted literals of code, a judged text after "Is my … okay?", located plurals, a
  // dropped stop after a note's status word, and fronted phrases moved onto a person.
  ['256 KB of "{\'a\', \'b\'} " in a text about C, the last comma a colon', [`In C, ${"{'a', 'b'} ".repeat(21_845)}`, `In C, ${"{'a', 'b'} ".repeat(21_844)}{'a': 'b'}`]],
  ['"Is my essay okay? " then 256 KB of "the reviews below " , the last one singular', [`Is my essay okay? ${'the reviews below '.repeat(14_563)}`, `Is my essay okay? ${'the reviews below '.repeat(14_562)}the review below`]],
  // Session 26's rules, as a review helper attacked them: a quotation mark with another closer, opened on every
  // character of a line (quadratic in the tokenizer before: 150 s), and runs aimed at the new regexes.
  ['"How many words? " then 256 KB of "“a", the last "?" dropped', [`How many words? ${'“a'.repeat(131_072)}?`, `How many words? ${'“a'.repeat(131_072)}`]],
  ['256 KB of "echo " then "it is"/"it\'s done"', [`${'echo '.repeat(52_428)}it is done`, `${'echo '.repeat(52_428)}it's done`]],
  ['256 KB of ":" then "how many words", "?" dropped', [`${':'.repeat(262_144)} how many words?`, `${':'.repeat(262_144)} how many words`]],
  ['"Please check the grammar:" then 256 KB of " \\t" on one line, "Please" dropped', [`Please check the grammar:\nhello${' \t'.repeat(131_072)}world`, `Check the grammar:\nhello${' \t'.repeat(131_072)}world`]],
  ['256 KB of "A." then "python"/"Python"', [`${'A.'.repeat(131_072)} how do I use python?`, `${'A.'.repeat(131_072)} how do I use Python?`]],
  ['256 KB of "Denies fever. Chills and cough. " , the last stop dropped', ['Denies fever. Chills and cough. '.repeat(8_192), `${'Denies fever. Chills and cough. '.repeat(8_191)}Denies fever chills and cough.`]],
  ['"When nervous, " then 256 KB of "how do I calm my dog "', [`When nervous, ${'how do I calm my dog '.repeat(12_483)}`, `${'how do I calm my dog '.repeat(12_483)}when nervous`]],
  // Session 27: each mark of a run of sentence marks read the whole run again (70 s at 256 KB, found by a review helper).
  ['"Why does this fail? Thanks" then 256 KB of "?!." and a code block', [`Why does this fail? Thanks${'?!.'.repeat(87_381)}\n\n\`\`\`js\nx = 1\n\`\`\``, 'Why does this fail?\n\n```js\nx = 1\n```']],
  ["256 KB of primes after a letter: \"x'''…\"", [`What is x${"'".repeat(262_144)} ok?`, "What is x' ok?"]],
  ['"#Title" then a 256 KB line, one article added after the mark', [`In Markdown, is #Intro ${'a heading '.repeat(26_214)}?`, `In Markdown, is # The Intro ${'a heading '.repeat(26_214)}?`]],
];

function timePerCall(work: () => void, minMs = 300): number {
  for (let i = 0; i < 3; i++) work();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    work();
    calls++;
  }
  return (performance.now() - started) / calls;
}

async function timePerAsyncCall(work: () => Promise<unknown>, minMs = 300): Promise<number> {
  for (let i = 0; i < 3; i++) await work();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    await work();
    calls++;
  }
  return (performance.now() - started) / calls;
}

const rssBefore = process.memoryUsage().rss;
let started = performance.now();
const path = await ensureLexicon();
const lexicon = await loadLexicon(path);
const loadMs = performance.now() - started;
const rssAfter = process.memoryUsage().rss;
const verifier = new StructuralVerifier(lexicon);
const embedder = new LocalEmbedder();
await embedder.start();

console.log(`lexicon load: ${loadMs.toFixed(0)} ms, resident memory +${((rssAfter - rssBefore) / 1e6).toFixed(0)} MB (${path})`);
console.log('| input | verify | embed query (peer) | verify / embed |');
console.log('|---|---:|---:|---:|');
for (const [stored, asked] of ordinary) {
  const verify = timePerCall(() => verifier.verify(asked, stored));
  let counter = 0;
  const embed = await timePerAsyncCall(() => embedder.embed(`${asked} ${counter++}`)); // distinct text: no embedding cache
  console.log(`| ${asked.slice(0, 50)} (${verifier.verify(asked, stored).kind}) | ${(verify * 1000).toFixed(1)} µs | ${(embed * 1000).toFixed(1)} µs | ${(verify / embed).toFixed(2)} |`);
}
{
  const verify = timePerCall(() => verifier.verify(large[1], large[0]), 2_000);
  const embed = await timePerAsyncCall(() => embedder.embed(large[1]), 2_000);
  console.log(`| 100 KB document, one word changed (${JSON.stringify(verifier.verify(large[1], large[0]))}) | ${verify.toFixed(1)} ms | ${embed.toFixed(1)} ms | ${(verify / embed).toFixed(2)} |`);
}
for (const [name, [stored, asked]] of adversarial) {
  started = performance.now();
  const verdict = verifier.verify(asked, stored);
  console.log(`| ${name} (${verdict.kind}) | ${(performance.now() - started).toFixed(1)} ms | | |`);
}
