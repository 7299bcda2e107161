import { describe, expect, it } from 'vitest';
import { turnInsideFrame } from '../../../../src/cache/verify/template-turn.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 43: generated red teams (word order, siblings, templates) and an over-refusal study.

describe('a phrase of every thing moved across a negation or a quantifier (clause-move.ts movesUniversalOverScope)', () => {
  notServed([
    ["At all times the gate isn't locked", "The gate isn't locked at all times"],
    ['In all cases a visa is not required.', 'A visa is not required in all cases.'],
    ['In every game nobody scored.', 'Nobody scored in every game.'],
    ['In every race, did any runner fall?', 'Did any runner fall in every race?'],
    ['On every test some student failed.', 'Some student failed on every test.'],
    ["In every state, you can't carry a gun.", "You can't carry a gun in every state."],
    ['In every tournament, one team won.', 'One team won in every tournament.'],
  ]);
  served([
    ['In all honesty, what should I do?', 'What should I do in all honesty?'],
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
    ['In every browser, how do I clear the cache?', 'How do I clear the cache in every browser?'],
    // A question word takes each thing either way (a review withdrew it from the rule).
    ['For each guest, how much food should I prepare?', 'How much food should I prepare for each guest?'],
    ['On every flight, what can I bring in my carry-on?', 'What can I bring in my carry-on on every flight?'],
    ['If it rains, what should I wear?', 'What should I wear if it rains?'],
  ]);
});

describe('a purpose moved under a negation (structural-verifier.ts becauseUnderNegation)', () => {
  notServed([
    ["In order to win, he won't cheat.", "He won't cheat in order to win."],
    ['In order to save money, did my dad not skip lunch?', 'Did my dad not skip lunch in order to save money?'],
    ['In order to win, did Maria not cheat?', 'Did Maria not cheat in order to win?'],
  ]);
  served([
    ['For beginners, what is the best guitar?', 'What is the best guitar for beginners?'],
    // "for" stays free (a review): "For kids, why is coffee not recommended?" asks the same moved.
    ['For kids, why is coffee not recommended?', 'Why is coffee not recommended for kids?'],
    ['In order to save money, what should I cook?', 'What should I cook in order to save money?'],
  ]);
});

describe('a slip of typing one slip from two words (classify-difference.ts slipsFromOtherWord)', () => {
  notServed([
    ['Is dysphagia permanent?', 'Is dysphaia permanent?'],
    ['Is dysphasia permanent?', 'Is dysphaia permanent?'],
    ['Is this wire isolated?', 'Is this wire isulated?'],
    ['Is this wire insulated?', 'Is this wire isulated?'],
    ['Where is the inferior wall of the heart?', 'Where is the inerior wall of the heart?'],
    ['What is the precession of a gyroscope?', 'What is the precesion of a gyroscope?'],
    ['What questions do investors usually ask at a first meeting?', 'What questions do invetors usually ask at a first meeting?'],
  ]);
  served([
    ['Are you aware of any side effects?', 'Are you waare of any side effects?'],
    ['How do I recieve a package abroad?', 'How do I receive a package abroad?'],
  ]);
});

const chat = (turn: string) => `Conversation so far:\nUser: Hi there\nAssistant: Hello! How can I help you today?\n\nUser: ${turn}\nAssistant:`;
const rag = (question: string) =>
  `Use the following context to answer the question.\n\nContext:\nThe AquaPure 300 filter cartridge should be replaced every six months. Replacement cartridges cost $29.\n\nQuestion: ${question}\nAnswer:`;

const fewShot = (question: string) => `Answer the question.\n\nQ: What are your opening hours?\nA: Monday to Saturday, 8 am to 6 pm.\n\nQ: ${question}\nA:`;

describe("a turn that an application's template frames, verified on its own too (template-turn.ts)", () => {
  notServed([
    [chat('Is this sentence correct? The meeting is on monday at 10 am.'), chat('Is this sentence correct? The meeting is on Monday at 10 am.')],
    [chat('Is this sentence correct? I have an question about my last bill.'), chat('Is this sentence correct? I have a question about my last bill.')],
    [chat('Summarize this article in a tweet.'), chat('Summarize this article in tweets.')],
    ['<question>Is there a god?</question>', '<question>Is there god?</question>'],
    [
      '### Instruction:\nHe quit.\n\n### Response:\n',
      '### Instruction:\nHe quit?\n\n### Response:\n',
    ],
    [rag('Echo back exactly: Please send me the big invoice by Friday.'), rag('Echo back exactly: Please send me the large invoice by Friday.')],
    [
      'A chat between a user and an assistant. USER: Put each sentence on its own line: Please send me the big invoice. I can\'t open it. ASSISTANT:',
      'A chat between a user and an assistant. USER: Put each sentence on its own line: Please send me the large invoice. I can\'t open it. ASSISTANT:',
    ],
    [fewShot('Translate this email to German:\n\nThe launch moved to Friday.\n\nThanks!'), fewShot('Translate this email to German:\n\nThe launch moved to Friday.')],
    [fewShot('Is this sentence correct? We couldnt find the invoice.'), fewShot("Is this sentence correct? We couldn't find the invoice.")],
    // Labels in other forms and languages, model tokens, a system prompt with no label (a second red team on templates).
    ['<s>[INST] Sure.', '<s>[INST] Sure?'],
    ['(User) She left.\n(Assistant)', '(User) She left?\n(Assistant)'],
    ['user> Sure.\nassistant>', 'user> Sure?\nassistant>'],
    ['Domanda: Где Орёл?\nRisposta:', 'Domanda: Где орёл?\nRisposta:'],
    ['Beantworte die Frage.\n\nFrage: qunit tutorial\nAntwort:', 'Beantworte die Frage.\n\nFrage: quint tutorial\nAntwort:'],
    ['<start_of_turn>user\nIs there a god?<end_of_turn>\n<start_of_turn>model\n', '<start_of_turn>user\nIs there god?<end_of_turn>\n<start_of_turn>model\n'],
    ['You are Orbit, the assistant inside a project app. Keep replies short.\n\nShe left.', 'You are Orbit, the assistant inside a project app. Keep replies short.\n\nShe left?'],
    ['<|start_of_role|>user<|end_of_role|>Summarize this article in a tweet.<|end_of_text|>\n<|start_of_role|>assistant<|end_of_role|>', '<|start_of_role|>user<|end_of_role|>Summarize this article in tweets.<|end_of_text|>\n<|start_of_role|>assistant<|end_of_role|>'],
    ['system\tYou are a bot.\nuser\tEr kommt morgen.\nassistant\t', 'system\tYou are a bot.\nuser\tEr kommt morgen?\nassistant\t'],
    ['👤 Er kommt morgen.\n🤖', '👤 Er kommt morgen?\n🤖'],
    ['<b>User:</b> Summarize this article in a tweet.<br><b>Assistant:</b>', '<b>User:</b> Summarize this article in tweets.<br><b>Assistant:</b>'],
    ['User says: What is gsap?\nBot says:', 'User says: What is gasp?\nBot says:'],
  ]);
  served([
    [rag('How often should the cartridge be replaced?'), rag('How often should the cartridge be replaced? Thanks!')],
    ['Customer: How often should the cartridge be replaced?\nAva:', 'Customer: How often should the cartridge be replaced?\nAva:\n'],
    ['You are Orbit, the assistant inside a project app.\n\nHow do I archive a project?', 'You are Orbit, the assistant inside a project app.\n\nHow do I archive a project please?'],
    [rag('How much does a cartridge cost?'), rag('how much does a cartridge cost?')],
    // A line of an ordinary prompt is read with the rest of it.
    ['My laptop is slow.\nIt says disk full?\nAny ideas?', 'My laptop is slow.\nIt says disk full.\nAny ideas?'],
  ]);
});

describe('near-duplicates the over-refusal study found refused', () => {
  served([
    // A language's name typed in lowercase after "in" or "using" (case-folding.ts languageNamesFolded).
    ['How do I read a file in Go?', 'how do i read a file in go?'],
    ['How do I read a file in Go?', 'How do I read a file in go?'],
    ['How do I reverse a list in Java?', 'How do I reverse a list in java?'],
    ['How do I split a string in Swift?', 'how do i split a string in swift?'],
    ['What is a pointer in C?', 'what is a pointer in c?'],
    // A sentence's mark after C# or C++ (verify-tokens.ts afterLanguageName).
    ['How do I reverse a string in C#?', 'How do I reverse a string in C#'],
    ['How do I handle exceptions in C++?', 'How do I handle exceptions in C++'],
    ['How do I handle exceptions in C++?', 'How do I handle exceptions in C++ ?'],
    ['How do I read a file line by line in C++?', 'How do I read a file line by line in C++? pls'],
    // "ty" and "thank u" closing a request (closed-lists.ts, verify-tokens.ts CLOSING_THANKS).
    ['How to boil an egg?', 'How to boil an egg? ty'],
    ['Explain memory leaks.', 'Explain memory leaks. ty'],
    ['What is a Roth IRA?', 'What is a Roth IRA? thank u'],
    // A question that "cover" ends is no search for a song's cover (prepare-tokens.ts isTitleSearch).
    ['Does the warranty cover water damage?', 'Does the warranty cover water damage? Thanks!'],
  ]);
  notServed([
    ['What is a pointer in C?', 'What is a pointer in c?'],
    ['What is the best gem in Ruby?', 'What is the best gem in ruby?'],
    ['How do I handle exceptions in C++?', 'How do I handle exceptions in C?'],
    ['How do I handle exceptions in C++?', 'How do I handle exceptions in C#?'],
    ['What does x++ do?', 'What does x++? do'],
    ['Who is Ty?', 'Who is?'],
  ]);
});

describe('code typed inside prose, one token apart (verify-tokens.ts, non-articles.ts)', () => {
  notServed([
    // A string literal with a prefix, an escaped quote, a quoting sigil: the literal's text verbatim.
    ["What does print(u'> task left') print?", "What does print(u'> tasks left') print?"],
    ["What does print(f'{n} let us go') print?", "What does print(f'{n} let's go') print?"],
    ["In SQL Server, what does SELECT N'> task left' return?", "In SQL Server, what does SELECT N'> tasks left' return?"],
    ['What does echo "Note: \\"task left\\"" print?', 'What does echo "Note: \\"tasks left\\"" print?'],
    ['In Ruby, what does puts %q(> task left) print?', 'In Ruby, what does puts %q(> tasks left) print?'],
    ['What does \\emph{task left} typeset in LaTeX?', 'What does \\emph{tasks left} typeset in LaTeX?'],
    ['What text does <b>new message</b> show in the browser?', 'What text does <b>new messages</b> show in the browser?'],
    ['What does this print?\nn = 3\nprint(f\'{n} it is done\')', "What does this print?\nn = 3\nprint(f'{n} it's done')"],
    // A "!" ending a method's name.
    ['In Ruby, explain map!', 'In Ruby, explain map'],
    ['In Rails, explain user.save!', 'In Rails, explain user.save'],
    ['My Rails job calls records.destroy_all!', 'My Rails job calls records.destroy_all'],
    // A variable named a or the that a keyword returns at a line's end.
    ['What does this print?\ndef first(a):\n    return a\n\nprint(first(3))', 'What does this print?\ndef first(a):\n    return\n\nprint(first(3))'],
    // A Ruby symbol or a Swift member after a space or a bracket.
    ['In Rails, what does has_many :tags do?', 'In Rails, what does has_many :tag do?'],
    ['Does .font(.title) compile in SwiftUI?', 'Does .font(.titles) compile in SwiftUI?'],
    ['What does a:hover select?', 'What does a :hover select?'],
  ]);
  served([
    ["What does print(u'> task left') print?", "what does print(u'> task left') print"],
    ['Tell me a joke!', 'Tell me a joke'],
    ['In Ruby, how do I sort an array? Thanks!', 'In Ruby, how do I sort an array? Thanks'],
    ['Good morning! How do I create a thread in Ruby?', 'How do I create a thread in Ruby?'],
    ['What does \\emph{task left} typeset in LaTeX?', 'what does \\emph{task left} typeset in LaTeX'],
    // What a review found refused by the first versions: a "!" in prose about Ruby, a site's name, a prompt inside a
    // block element, a file's extension before "?", a derivative's primes.
    ["In Ruby, how do I read a CSV file? I'm stuck!", "In Ruby, how do I read a CSV file? I'm stuck"],
    ['I love node.js!', 'I love node.js'],
    ['<p>What is machine learning?</p>', "<p>What's machine learning?</p>"],
    ['What is .env?', 'What is .env'],
    ["Let f'(x) = cos(x). What is f'(0)?", "Let f'(x) = cos(x). What's f'(0)?"],
  ]);
});

describe('one event against several in a question of consequences (noun-number.ts countsEvent)', () => {
  notServed([
    ['can you die from eating an apple seed', 'can you die from eating apple seeds'],
    ['can you get pregnant after missing a pill', 'can you get pregnant after missing pills'],
    ['can you be deported for a misdemeanor', 'can you be deported for misdemeanors'],
    ['can you lose your cdl for a speeding ticket', 'can you lose your cdl for speeding tickets'],
    ['can a tenant be evicted for a noise complaint', 'can a tenant be evicted for noise complaints'],
  ]);
  served([
    ['Can a dog eat grapes?', 'Can dogs eat grapes?'],
    ['How do I train a puppy?', 'How do I train puppies?'],
    ['Is it safe to take ibuprofen after a meal?', 'Is it safe to take ibuprofen after meals?'],
    ['Can I use a VPN for a school project?', 'Can I use a VPN for school projects?'],
    // What a review found refused by the first version: a penalty of one's own, a time.
    ['Can you get fired for a meme?', 'Can you get fired for memes?'],
    ['Should I ice my knee after a long run?', 'Should I ice my knee after long runs?'],
  ]);
});

describe("a listed synonym in another sense that another sentence names (synonym-sense.ts wordsInText)", () => {
  notServed([
    ['We raise Boer goats. At what age should a kid be weaned?', 'We raise Boer goats. At what age should a child be weaned?'],
    ['My doe rejected her baby. What should I bottle-feed the kid?', 'My doe rejected her baby. What should I bottle-feed the child?'],
    ["I'm shooting on a Pentax K1000. Which film should I buy for indoor shots?", "I'm shooting on a Pentax K1000. Which movie should I buy for indoor shots?"],
  ]);
  served([
    ['My kid is 5. What film should we watch tonight?', 'My child is 5. What movie should we watch tonight?'],
    ['We visited a goat farm last weekend. How do I get my kid to sleep through the night?', 'We visited a goat farm last weekend. How do I get my child to sleep through the night?'],
    ['My phone camera is terrible. What movie won Best Picture in 1994?', 'My phone camera is terrible. What film won Best Picture in 1994?'],
  ]);
});

describe("a template's turn from a hostile or careless client (template-turn.ts)", () => {
  notServed([
    // Other line breaks: CRLF, a lone CR, a line separator pasted from a web page.
    ['User: He quit.\r\nAssistant:', 'User: He quit?\r\nAssistant:'],
    ['User: He quit.\rAssistant:', 'User: He quit?\rAssistant:'],
    ['User: He quit.\u2028Assistant:', 'User: He quit?\u2028Assistant:'],
    // A label typed in full-width letters, or with a zero-width space after it.
    ['Ｕｓｅｒ: He quit.\nAssistant:', 'Ｕｓｅｒ: He quit?\nAssistant:'],
    ['User:\u200b He quit.\nAssistant:', 'User:\u200b He quit?\nAssistant:'],
  ]);

  it('finds the turn in 256 KB of spaces, tabs or labels within seconds (a first version read a run of spaces from each of its places)', () => {
    const size = 256 * 1024;
    const spaces = ' '.repeat(size);
    const cases: Array<[string, string]> = [
      [`What is the capital of France?${spaces}x`, `What is the capital of France? Thanks!${spaces}x`],
      [`User: What is it?${spaces}x\nAssistant:`, `User: What is it? Thanks!${spaces}x\nAssistant:`],
      [`User: What is it?${'\t'.repeat(size)}x\nAssistant:`, `User: What is it? Thanks!${'\t'.repeat(size)}x\nAssistant:`],
      [`${'User: hi\n'.repeat(size / 9)}User: He quit.\nAssistant:`, `${'User: hi\n'.repeat(size / 9)}User: He quit?\nAssistant:`],
      [`${'Q: a A: b '.repeat(size / 10)}Q: He quit. A:`, `${'Q: a A: b '.repeat(size / 10)}Q: He quit? A:`],
    ];
    const started = performance.now();
    const turns = cases.map(([left, right]) => turnInsideFrame(left, right));
    expect(performance.now() - started).toBeLessThan(10_000); // ~50 ms in all; the quadratic version took minutes
    expect(turns[1]?.query.startsWith('What is it?')).toBe(true);
    // Lines a user's label opens with no answer's between are one turn, read up to TURN_LINES lines back.
    expect(turns[3]?.query.endsWith('User: He quit.')).toBe(true);
    expect(turns[3]?.candidate.endsWith('User: He quit?')).toBe(true);
    expect(turns[3]!.query.length).toBeLessThan(200);
    expect(turns[4]).toEqual({ query: 'He quit.', candidate: 'He quit?' });
  });
});
