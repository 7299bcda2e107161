import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 39's red teams: code pasted into a prompt (147,000 generated edits), other languages (33,273 pairs),
// numbers, dates and times (160,300 pairs).

describe('the words a command in pasted shell prints or names (command-text.ts)', () => {
  notServed([
    ['What does this print?\necho hi', 'What does this print?\necho hello'],
    ['What does this print?\necho done', 'What does this print?\necho done!'],
    ['What does this print?\ncd /tmp\necho it is done', "What does this print?\ncd /tmp\necho it's done"],
    ['What does this print?\n$ echo build finished', 'What does this print?\n$ echo the build finished'],
    ['What does this print?\ncd /tmp\necho colour', 'What does this print?\ncd /tmp\necho color'],
    ['What does this print?\necho two files copied', 'What does this print?\necho 2 files copied'],
    ['echo thanks\n\nWhat is the output?', 'echo thank you\n\nWhat is the output?'],
    ['What will I see?\n~~~\nfor i in 1 2 3; do\n  echo Are you sure\ndone\n~~~', 'What will I see?\n~~~\nfor i in 1 2 3; do\n  echo Are you sure?\ndone\n~~~'],
    ['What does this do?\n    git commit -m fix typo', 'What does this do?\n    git commit -m fix a typo'],
    ['What does this output?\nWrite-Host Good morning', 'What does this output?\nWrite-Host Hello'],
    ['all:\n\t@echo Build finished\n\nWhat does make print?', 'all:\n\t@echo Build finished.\n\nWhat does make print?'],
    ['What does this print?\nsay hello', 'What does this print?\nsay hi'],
    ['What files does this create?\ncd /tmp\ntouch note.txt', 'What files does this create?\ncd /tmp\ntouch notes.txt'],
  ]);
  served([
    ['What does this print?\necho hi', 'What does this print?\n\necho hi'],
    ['What does this do?\nls -la ~/projects  # list files.\ncd ~/projects', 'What does this do?\nls -la ~/projects  # list files\ncd ~/projects'],
    ['Can you explain this?\necho $PATH', 'Could you explain this?\necho $PATH'],
    // A to-do list is prose: "make" and "find" are commands only where a shell shows.
    ['Put these in order:\nmake a backup\nfind the charger\nwater the plants', 'Please put these in order:\nmake a backup\nfind the charger\nwater the plants'],
  ]);
});

describe('the case of a line of pasted code (code-line-marks.ts)', () => {
  notServed([
    ['What does this output?\nx = 5\ndel x\nprint(x)', 'What does this output?\nx = 5\nDel x\nprint(x)'],
    ['Why does this fail?\ncd /tmp\ncat notes.txt\nwc -l notes.txt', 'Why does this fail?\ncd /tmp\nCat notes.txt\nwc -l notes.txt'],
    ['Why does this fail?\n\nserver {\n    listen 80;\n    server_name a.example;\n}', 'Why does this fail?\n\nserver {\n    Listen 80;\n    server_name a.example;\n}'],
    ['why does this fail?\nctx = get_ctx()\nprint(Ctx)', 'why does this fail?\nctx = get_ctx()\nprint(ctx)'],
    ['Why do I get an error?\ndef append_item(item, items=[]):\n    items.append(item)\n    Return items\n\nprint(append_item(1))', 'Why do I get an error?\ndef append_item(item, items=[]):\n    items.append(item)\n    return items\n\nprint(append_item(1))'],
    ['Why does this fail?\nfor i in range(10):\n    if i % 2 == 0:\n        Continue\n    total += i', 'Why does this fail?\nfor i in range(10):\n    if i % 2 == 0:\n        continue\n    total += i'],
  ]);
  served([
    // The question's own case, on the line before the code.
    ['Can you review this?\nx = [1, 2, 3, 4, 5]\nprint(x[1:3])', 'can you review this?\nx = [1, 2, 3, 4, 5]\nprint(x[1:3])'],
    ['Why do I get an error?\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 0);\n}', 'why do i get an error?\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 0);\n}'],
  ]);
});

describe('the case of a word standing alone as a sentence or a line (case-folding.ts)', () => {
  notServed([
    ['Translate to Spanish\nTurkey', 'Translate to Spanish\nturkey'],
    ['Translate into French. China', 'Translate into French. china'],
    ['Übersetze ins Englische\nArm', 'Übersetze ins Englische\narm'],
    ['Przetłumacz na angielski\nŁódź', 'Przetłumacz na angielski\nłódź'],
    ['Translate these words into Spanish\nPolish\ntable', 'Translate these words into Spanish\npolish\ntable'],
    // A numbered item, in a text whose nouns are capitalised (German: title case to the rules).
    ['Übersetze ins Englische\n1. Ernst\n2. Tisch', 'Übersetze ins Englische\n1. ernst\n2. Tisch'],
  ]);
  served([
    ['What is the capital of France?\nThanks', 'What is the capital of France?\nthanks'],
    ['Turkey: what is its capital?', 'turkey: what is its capital?'],
    ['How do I sort a list in Python? Thanks', 'How do I sort a list in Python? thanks'],
  ]);
});

describe('a foreign word asked about in an English question keeps its case (case-folding.ts)', () => {
  notServed([
    ['How do you say Weg in English?', 'How do you say weg in English?'],
    ['Is Sucht a noun?', 'Is sucht a noun?'],
    ['Is Weg capitalized in German?', 'Is weg capitalized in German?'],
    ['What is the English for Würde?', 'What is the English for würde?'],
    ['Use Essen in a sentence', 'Use essen in a sentence'],
    ['Give me an example sentence with Mal', 'Give me an example sentence with mal'],
  ]);
  served([
    ['What did Obama say about healthcare?', 'What did obama say about healthcare?'],
  ]);
});

describe('greetings that name a time of day (courtesy.ts)', () => {
  notServed([
    // Two times of day: an answer greets back, or weighs the hour.
    ['Good morning! Should I go to bed?', 'Good evening! Should I go to bed?'],
    ['Good evening! How long until sunset?', 'Good morning! How long until sunset?'],
    ['Good morning! Should I take melatonin?', 'Good evening! Should I take melatonin?'],
    ['Good evening! Can I still call the bank?', 'Good morning! Can I still call the bank?'],
    ['Good morning! What is recursion?', 'Good afternoon! What is recursion?'],
    // One time of day, and a request that asks about the hour in so many words.
    ['Good evening! Is the pharmacy still open?', 'Is the pharmacy still open?'],
  ]);
  served([
    // One time of day, and words alone that the hour may change: politeness still (a review found "eat", "plan" or
    // "next" in too many requests the hour does not change).
    ['Good evening! What should I eat?', 'What should I eat?'],
    ['Good morning! Can you help me plan a trip to Japan next year?', 'Can you help me plan a trip to Japan next year?'],
    ['Good morning! What is recursion?', 'What is recursion?'],
    ['Good morning! Can dogs eat grapes?', 'can dogs eat grapes?'],
    ['Hi! What is recursion?', 'Hello! What is recursion?'],
  ]);
});

describe('a text pasted below a question about how its writer feels (pasted-politeness.ts)', () => {
  notServed([
    ['Is the customer upset?\n\nSure, you can cancel my order 😡', 'Is the customer upset?\n\nSure, you can cancel my order'],
    ['Does the guest sound satisfied?\n\nOk, the package arrived today 😤', 'Does the guest sound satisfied?\n\nOk, the package arrived today'],
    ['Does the sender sound grateful?\n\nHi Tom, please send me the March report by Friday. Thank you so much!', 'Does the sender sound grateful?\n\nHi Tom, please send me the March report by Friday.'],
    ['Is the writer sorry?\n\nThe shipment will be late. Sorry about that.', 'Is the writer sorry?\n\nThe shipment will be late.'],
    ['Is the client pleased?\n\nMessage from my client:\nThey changed the menu at the canteen', 'Is the client pleased?\n\nMessage from my client:\nThey changed the menu at the canteen 😒'],
    ['Is my friend annoyed with me?\n\nSure, see you whenever 🙂', 'Is my friend annoyed with me?\n\nSure, see you whenever'],
  ]);
  served([
    ['How do I stop procrastinating 😩', 'How do I stop procrastinating'],
    ['Thanks! How do I boil an egg?', 'How do I boil an egg?'],
  ]);
});

describe('a question about a text\'s form, on its line or in other words (text-form-topic.ts)', () => {
  notServed([
    ['The lamp sold out in May, and we restocked it in June. How many commas are in the text?', 'The lamp sold out in May and we restocked it in June. How many commas are in the text?'],
    ['We do not ship the lamp outside the EU. Does the writer avoid shortened forms?', "We don't ship the lamp outside the EU. Does the writer avoid shortened forms?"],
    ['The kettle comes in four colours this season.\nIs it written the American way?', 'The kettle comes in four colors this season.\nIs it written the American way?'],
    ['Our e-mail team replies within a day.\n\nDoes the text use any hyphens?', 'Our email team replies within a day.\n\nDoes the text use any hyphens?'],
  ]);
  served([
    ['What is the Oxford comma?', "What's the Oxford comma?"],
  ]);
});

describe('items taken one by one or counted: where a line breaks parts them (layout.ts)', () => {
  notServed([
    ['Customer reviews\n\nGreat value for the price. I would buy it again.\n\nIt arrived scratched. The app keeps crashing.\n\nHow many reviews are there?', 'Customer reviews\n\nGreat value for the price. I would buy it again. It arrived scratched. The app keeps crashing.\n\nHow many reviews are there?'],
    ['Classify each review as positive or negative.\nDelivery was fast. Way too loud.\nThe staff were friendly.', 'Classify each review as positive or negative.\nDelivery was fast.\nWay too loud. The staff were friendly.'],
    ['Reply to every message below.\n\nCan you resend the invoice?\n\nThe link is broken. Please fix it.', 'Reply to every message below.\n\nCan you resend the invoice? The link is broken.\n\nPlease fix it.'],
  ]);
  served([
    ['Classify each review as positive or negative.\nDelivery was fast. Way too loud.\nThe staff were friendly.', 'Please classify each review as positive or negative.\nDelivery was fast. Way too loud.\nThe staff were friendly.'],
    ['How many reviews are there?\n\nGreat value.\n\nIt arrived scratched.', 'How many reviews are there?\nGreat value.\nIt arrived scratched.'],
  ]);
});

describe('session 39\'s hostile review: what the first versions refused, and commands they missed', () => {
  served([
    // A line opening with a command's name in prose, and a line typed as prose on one side only.
    ['find the bug\ncd /tmp\necho hello world', 'Find the bug\ncd /tmp\necho hello world'],
    ['I am on Ubuntu 22.04.\nfind all files in /var/log older than 7 days', 'I am on Ubuntu 22.04.\nfind all the files in /var/log older than 7 days'],
    ['I am on Ubuntu 22.04.\nprint the contents of config.yaml in the terminal', 'I am on Ubuntu 22.04.\nprint the contents of config.yaml in the terminal please'],
    ['Using macOS Sonoma.\ngrep is not finding anything in logs/app.log\nAny ideas?', "Using macOS Sonoma.\ngrep isn't finding anything in logs/app.log\nAny ideas?"],
    // A note or a courtesy between code blocks, a language's name under the code.
    ['x = [1, 2, 3]\nfor item in x:\n    print(item)\nThanks\nwhy?', 'x = [1, 2, 3]\nfor item in x:\n    print(item)\nthanks\nwhy?'],
    ['def add(a, b):\n    return a + b\nprint(add(2, 3))\nExpected 6\nwhy?', 'def add(a, b):\n    return a + b\nprint(add(2, 3))\nexpected 6\nwhy?'],
    ['x = [1, 2, 3]\nfor item in x:\n    print(item)\nPython 3.11\nwhy?', 'x = [1, 2, 3]\nfor item in x:\n    print(item)\npython 3.11\nwhy?'],
    ['x = [1, 2, 3]\nfor item in x:\n    print(item)\nExplain this code\nwhy?', 'x = [1, 2, 3]\nfor item in x:\n    print(item)\nexplain this code\nwhy?'],
    // A sign-off, a topic line and a name outside a question about words.
    ['Can you review my resume?\nBest,\nJohn', 'Can you review my resume?\nBest,\njohn'],
    ['How do I reverse a list?\nPython', 'How do I reverse a list?\npython'],
    ['How do you say happy birthday to Emily in Spanish?', 'How do you say happy birthday to emily in Spanish?'],
    // "per", "every", "how many" in the asker's own prose.
    ['I drink three coffees per day.\nIs that too much?', 'I drink three coffees per day. Is that too much?'],
    ['How many calories are\nin a banana?', 'How many calories are in a banana?'],
    // A general question naming a mark, under a line about the asker.
    ["I'm writing a cover letter.\nWhen should I use a hyphen?", 'I am writing a cover letter.\nWhen should I use a hyphen?'],
    ['Please help me with my thesis.\n\nAre shortened forms OK in formal writing?', 'Help me with my thesis.\n\nAre shortened forms OK in formal writing?'],
  ]);
  notServed([
    ['What does this print?\nsudo echo done', 'What does this print?\nsudo echo done!'],
    ['What does this print?\nuser@host:~$ echo it is done', "What does this print?\nuser@host:~$ echo it's done"],
    ['What does this do?\ngit commit -am fix typo', 'What does this do?\ngit commit -am fix the typo'],
    ['What does this do?\ngit commit --message=fix typo', 'What does this do?\ngit commit --message=fix the typo'],
    ['What does this print?\nwrite-host colour', 'What does this print?\nwrite-host color'],
    ['Will this build?\nRUN echo build finished', 'Will this build?\nRUN echo the build finished'],
    ['Def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nWhy does this fail?', 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nWhy does this fail?'],
    ['explain what this does.\ndef search(arr, target):\n    lo = 0\n    if arr[lo] == target:\n        return lo\n    elif Arr[lo] < target:\n        return -1', 'explain what this does.\ndef search(arr, target):\n    lo = 0\n    if arr[lo] == target:\n        return lo\n    elif arr[lo] < target:\n        return -1'],
  ]);
});

describe('a courtesy that is a point of a list (pasted-politeness.ts)', () => {
  notServed([
    ['Write a message to my landlord\n- rent will be late\n- sorry\n- pay on Friday', 'Write a message to my landlord\n- rent will be late\n- thanks\n- pay on Friday'],
    ['Reply to Tom. Points:\n1. thanks\n2. yes to Friday', 'Reply to Tom. Points:\n1. sorry\n2. yes to Friday'],
    ['Text my boss:\n- running late\n- sorry', 'Text my boss:\n- running late'],
  ]);
  served([
    ['Write a message to my landlord:\n- party on Saturday\n- thanks\n- ends by 11', 'Write a message to my landlord:\n- party on Saturday\n- cheers\n- ends by 11'],
    ['Write a poem:\n- 4 lines\n- about cats\nThanks!', 'Write a poem:\n- 4 lines\n- about cats'],
  ]);
});

describe('a list typed one item per line after a plain, a heading or a bold introduction (layout.ts)', () => {
  notServed([
    ['Shopping list\nice\ncream\nchips', 'Shopping list\nice cream\nchips'],
    ['Suggest a dinner without these.\npeanut\nbutter\nmilk', 'Suggest a dinner without these.\npeanut butter\nmilk'],
    ['## Shopping list\nchips\ncorn\nbread', '## Shopping list\nchips\ncorn bread'],
    ['**Things to avoid:**\nshrimp\npasta\nchips', '**Things to avoid:**\nshrimp pasta\nchips'],
    ['Shopping list: 🛒\nice\ncream', 'Shopping list: 🛒\nice cream'],
  ]);
  served([
    // Two short lines after a plain line are a question typed on short lines, not a list.
    ['hey\nquick one\nwhat is DNS', 'hey\nquick one what is DNS'],
    ['What is the capital\nof Australia', 'What is the capital of Australia'],
  ]);
});

describe('a minus that ends a code typed in lowercase or opening the text (verify-tokens.ts)', () => {
  notServed([
    ['Who can receive o- blood?', 'Who can receive o blood?'],
    ['what gpa is an a- on a 4.0 scale?', 'what gpa is an a on a 4.0 scale?'],
    ['What is the prognosis for her2- breast cancer?', 'What is the prognosis for her2 breast cancer?'],
    ['i got a c– in chemistry', 'i got a c in chemistry'],
    ['O- blood: who can receive it?', 'O blood: who can receive it?'],
    ['HER2- breast cancer: what are the treatment options?', 'HER2 breast cancer: what are the treatment options?'],
  ]);
  served([
    ['CSS- how do I center a div?', 'CSS how do I center a div?'],
    ['and so- what now?', 'and so what now?'],
    ['Is pre- and post-war Germany different?', 'Is pre and post-war Germany different?'],
  ]);
});

describe('a note moved between labelled lines whose labels hold a comma, a slash, a time or an arrow (labelled-items.ts)', () => {
  notServed([
    ['Plan my meals for the week.\nMon, Dec 5: tacos. No dairy.\nTue, Dec 6: soup.', 'Plan my meals for the week.\nMon, Dec 5: tacos.\nNo dairy. Tue, Dec 6: soup.'],
    ['Write the meeting agenda.\n9:00: budget review. CFO must attend.\n10:00: hiring.', 'Write the meeting agenda.\n9:00: budget review.\nCFO must attend. 10:00: hiring.'],
    ['Plan dinner for my guests.\nAnna/Ben: vegan. No soy.\nCarl/Dana: anything.', 'Plan dinner for my guests.\nAnna/Ben: vegan.\nNo soy. Carl/Dana: anything.'],
    ['Plan my meals.\nMonday → tacos. No dairy.\nTuesday → soup.', 'Plan my meals.\nMonday → tacos.\nNo dairy. Tuesday → soup.'],
  ]);
  served([
    ['Plan my meals for the week.\nMon, Dec 5: tacos. No dairy.\nTue, Dec 6: soup.', 'Please plan my meals for the week.\nMon, Dec 5: tacos. No dairy.\nTue, Dec 6: soup.'],
  ]);
});

describe('a command line sent with CRLF, a tab or a spaced prompt (command-text.ts after the line-break fold)', () => {
  notServed([
    ['What does this print?\r\necho hi', 'What does this print?\r\necho hello'],
    ['What does this print?\n\techo hi', 'What does this print?\n\techo hello'],
    ['What does this print?\n  $  echo hi', 'What does this print?\n  $  echo hello'],
  ]);
  served([
    // The shell prints the same words whatever the spaces between them.
    ['What does this print?\r\necho  hi', 'What does this print?\necho hi'],
  ]);
});
