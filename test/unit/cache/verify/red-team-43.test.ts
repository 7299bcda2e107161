import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('line breaks other than "\\n" read as "\\n" by every rule (left by session 36)', () => {
  notServed([
    // A note moved between bulleted or numbered items whose lines end in a lone CR or U+2028 (the layout rule read "\n" only).
    ['Packing list:\r- Pack the tent.\r- Buy food. Before Friday.\r- Call Sam.', 'Packing list:\r- Pack the tent.\r- Buy food.\rBefore Friday. - Call Sam.'],
    ['My plan:\r1. Walk the dog. Every morning.\r2. Water the plants.\rMake it a checklist.', 'My plan:\r1. Walk the dog.\rEvery morning. 2. Water the plants.\rMake it a checklist.'],
    ['My plan:\u20281. Walk the dog. Every morning.\u20282. Water the plants.\u2028Make it a checklist.', 'My plan:\u20281. Walk the dog.\u2028Every morning. 2. Water the plants.\u2028Make it a checklist.'],
    ['Proofread:\r\nHe go to school', 'Proofread:\nHe goes to school'],
  ]);
  served([
    ['Translate into French:\r\nI love you', 'Translate into French:\nI love you'],
    ['Translate into French:\rI love you', 'Translate into French:\u2028I love you'],
    // CRLF against LF in pasted code: one program (Windows and Unix editors save the same lines so).
    ['Fix this:\ndef f(x):\n    return x+1', 'Fix this:\r\ndef f(x):\r\n    return x+1'],
    ['Why is this slow?\r\nfor i in range(n):\r\n    total += i', 'Why is this slow?\nfor i in range(n):\n    total += i'],
  ]);
});

describe('labels after an emoji, or before a dash typed with no space before it (left by session 36)', () => {
  notServed([
    ['Our dinner plan:\n🍽️ Monday: tacos. No dairy.\n🍽️ Tuesday: soup.\nGive me the shopping list.', 'Our dinner plan:\n🍽️ Monday: tacos.\nNo dairy. 🍽️ Tuesday: soup.\nGive me the shopping list.'],
    ['Workouts:\n💪 Day 1: squats. No jumping.\n🏃 Day 2: a 5k run.\nWrite a plan.', 'Workouts:\n💪 Day 1: squats.\nNo jumping. 🏃 Day 2: a 5k run.\nWrite a plan.'],
    ['Our dinner plan:\nMonday– tacos. No dairy.\nTuesday– soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday– tacos.\nNo dairy. Tuesday– soup.\nGive me the shopping list.'],
    ['Guests:\nAnna— vegan. No nuts.\nBen— keto.\nSuggest a menu.', 'Guests:\nAnna— vegan.\nNo nuts. Ben— keto.\nSuggest a menu.'],
  ]);
  served([
    // A paragraph re-wrapped whose lines open with words joined by a dash with no spaces: no labels there.
    ['I tried the fix—no luck at all\nand then I rebooted—still broken.\nWhat next?', 'I tried the fix—no luck at all and\nthen I rebooted—still broken.\nWhat next?'],
    ['Our dinner plan:\n🍽️ Monday: tacos. No dairy.\n🍽️ Tuesday: soup.\nGive me the shopping list.', 'Our dinner plan:\n🍽️ Monday: tacos. No dairy.\n🍽️ Tuesday: soup.\nPlease give me the shopping list.'],
  ]);
});

describe('the case of a word in a text of another language (a red team on other languages)', () => {
  notServed([
    ['Ist Essen gesund?', 'Ist essen gesund?'],
    ['Was bedeutet Weg?', 'Was bedeutet weg?'],
    ['Der gefangene Floh', 'Der Gefangene floh'],
    ['Где Орёл?', 'Где орёл?'],
    ['Расскажи про Веру', 'Расскажи про веру'],
    ['Où est la Manche ?', 'Où est la manche ?'],
    ['¿Dónde está La Paz?', '¿Dónde está la paz?'],
    ['O que fazer no Porto?', 'O que fazer no porto?'],
    ['Translate Weg to English', 'Translate weg to English'],
  ]);
  served([
    // An English text keeps folding a name typed in lowercase (session 34).
    ['How long does Glucotrol stay in your system?', 'How long does glucotrol stay in your system?'],
    ['Is it cold in Munich in May?', 'Is it cold in munich in May?'],
    // Names typed in lowercase are no words of another language (a review of a first version).
    ['Is Lionel Messi married?', 'Is lionel messi married?'],
    ['Where was Roger Federer born?', 'Where was roger federer born?'],
    // A text of another language typed all in lowercase says nothing by its case.
    ['¿Dónde está La Paz?', '¿dónde está la paz?'],
  ]);
});

describe('a question mark on a short statement of another language (a red team on other languages)', () => {
  notServed([
    ['你去。', '你去？'],
    ['你明天来！', '你明天来？'],
    ['明日来る。', '明日来る？'],
    ['내일 와요.', '내일 와요?'],
    ['هو معلم.', 'هو معلم؟'],
    ['הוא מורה.', 'הוא מורה?'],
    ['Він пішов.', 'Він пішов?'],
    ['On jest nauczycielem.', 'On jest nauczycielem?'],
    ['Ella viene mañana.', 'Ella viene mañana?'],
    ['Es ist gut.', 'Es ist gut?'],
    ['Das ist kostenlos.', 'Das ist kostenlos?'],
    // A word that is a question word elsewhere, or in another language, is no question here.
    ['Il ne vient pas.', 'Il ne vient pas ?'],
    ['Ella come carne.', 'Ella come carne?'],
    ['Он сказал, что придёт.', 'Он сказал, что придёт?'],
    ['Anh ấy không đến.', 'Anh ấy không đến?'],
  ]);
  served([
    // A question closed by its own particle, which a full stop may end.
    ['行きますか。', '行きますか？'],
    ['갑니까.', '갑니까?'],
    // The asker's own situation, as in English (red-team-26).
    ['Mi hijo puede tomar ibuprofeno con el estómago vacío.', 'Mi hijo puede tomar ibuprofeno con el estómago vacío?'],
    // No closing mark on one side: as often a question typed without its mark.
    ['你去哪儿', '你去哪儿？'],
    ['¿Qué hora es en Tokio?', 'Qué hora es en Tokio?'],
    // A question word, or a verb opening the sentence, makes it a question whatever its mark (a review of a first version).
    ['Wie viele Kalorien hat eine Banane?', 'Wie viele Kalorien hat eine Banane.'],
    ['Où est la gare ?', 'Où est la gare.'],
    ['你去哪儿？', '你去哪儿。'],
    ['Kann man Brot einfrieren?', 'Kann man Brot einfrieren.'],
    ['Posso congelare il pane?', 'Posso congelare il pane.'],
    // A question word later in the sentence, or Turkish "mi" closing it (a second review).
    ['On mange quoi ce soir?', 'On mange quoi ce soir.'],
    ['Il faut combien de temps pour cuire des œufs durs ?', 'Il faut combien de temps pour cuire des œufs durs.'],
    ['O öğretmen mi?', 'O öğretmen mi.'],
  ]);
});

describe('a task whose answer is the text itself, and questions on its form the rules lacked (a red team on long documents)', () => {
  notServed([
    ["Put each sentence on its own line: It is late. We're tired.", "Put each sentence on its own line: It's late. We're tired."],
    ['Make it all lowercase.\nThe licence must be renewed every year.', 'Make it all lowercase.\nThe license must be renewed every year.'],
    ['Base64-encode it.\nWe need a quick review of the contract.', 'Base64-encode it.\nWe need a fast review of the contract.'],
    ['Turn it into a numbered list.\nWe received 8 complaints. The page is slow.', 'Turn it into a numbered list.\nWe received eight complaints. The page is slow.'],
    ['Wrap it in HTML paragraph tags.\nThe shipment arrived late; the customer was not happy.', 'Wrap it in HTML paragraph tags.\nThe shipment arrived late, the customer was not happy.'],
    ['Repeat it back to me unchanged.\nThe mentoring programme has twelve participants.', 'Repeat it back to me unchanged.\nThe mentoring program has twelve participants.'],
    ['Return it as a JSON string.\nOur whole team stayed late.', 'Return it as a JSON string.\nOur entire team stayed late.'],
    ['Number the sentences: We interviewed 4 candidates. None accepted.', 'Number the sentences: We interviewed four candidates. None accepted.'],
    ['Return it as a CSV with one sentence per row.\nThe kid loved the film. We left early.', 'Return it as a CSV with one sentence per row.\nThe child loved the film. We left early.'],
    ['Add a line break after every sentence.\nWe do not ship on Sundays. Orders wait.', "Add a line break after every sentence.\nWe don't ship on Sundays. Orders wait."],
    ['Apply ROT13 to it.\nThe colour scheme matches the website.', 'Apply ROT13 to it.\nThe color scheme matches the website.'],
    ['I attached the report. The kid loved the film.\n\nConvert everything above to uppercase.', 'I attached the report. The child loved the film.\n\nConvert everything above to uppercase.'],
    ["Context: See the notes. We don't ship on Sundays.\n\nQuestion: Put each sentence on its own line.", 'Context: See the notes. We do not ship on Sundays.\n\nQuestion: Put each sentence on its own line.'],
    ['We discussed budgets, staffing, and travel.\nDoes it use the Oxford comma?', 'We discussed budgets, staffing and travel.\nDoes it use the Oxford comma?'],
    ['Does the writer use the serial comma? We discussed budgets, staffing, and travel.', 'Does the writer use the serial comma? We discussed budgets, staffing and travel.'],
    ["It's late.\nHow long is it, in words?", 'It is late.\nHow long is it, in words?'],
    ["What is its length in words? We're waiting on the signed contract.", 'What is its length in words? We are waiting on the signed contract.'],
    // A form word in a paragraph of the text no longer exempts that paragraph.
    ['Repeat it back to me unchanged.\nIt was noted that the style guide applies. Every kid gets a free backpack.', 'Repeat it back to me unchanged.\nIt was noted that the style guide applies. Every child gets a free backpack.'],
  ]);
  served([
    ["Put each sentence on its own line: It is late. We're tired.", "Please put each sentence on its own line: It is late. We're tired."],
    ['Make it all lowercase.\nThe licence must be renewed every year.', 'Make it all lowercase please.\nThe licence must be renewed every year.'],
    ['Convert it to uppercase.\nThe vendor will not extend the discount past June.', 'Convert it to uppercase!\nThe vendor will not extend the discount past June.'],
    // A question in general before the asker's own story holds no text to judge (a review of a first version).
    ['Is it okay to say thanks in a cover letter? I want to sound grateful but not too casual.', 'Is it okay to say thanks in a cover letter? I want to sound garteful but not too casual.'],
  ]);
});

describe('a mark ending a line of code pasted without a fence (a red team on code)', () => {
  notServed([
    ['Why does this fail?\nfoo(\n  a,\n  b\n)', 'Why does this fail?\nfoo(\n  a\n  b\n)'],
    ['What does this return?\nSELECT name,\n  email\nFROM users', 'What does this return?\nSELECT name\n  email\nFROM users'],
    ['Why does make fail?\nbuild:\n\tgcc main.c', 'Why does make fail?\nbuild\n\tgcc main.c'],
    ['Why does this fail?\nports:\n  - 80', 'Why does this fail?\nports\n  - 80'],
    ['Why does this fail?\nmatch cmd:\n    case "go":\n        run()', 'Why does this fail?\nmatch cmd\n    case "go":\n        run()'],
    ['Why does this fail?\n\nasync with lock:\n    await work()', 'Why does this fail?\n\nasync with lock\n    await work()'],
    ['Why does this fail?\nif x.even?\n  puts x\nend', 'Why does this fail?\nif x.even\n  puts x\nend'],
    ['Why does this fail?\nString s = "hi";', 'Why does this fail?\nString s = "hi"'],
    ['Why does this fail?\nusing System;\nclass A {}', 'Why does this fail?\nusing System\nclass A {}'],
    ['Why does this fail?\nimport java.util.List;\nclass A {}', 'Why does this fail?\nimport java.util.List\nclass A {}'],
    // Quotes that make a YAML value a string: the Norway problem, a port, null.
    ['Why does this fail?\n\nx:\n  - NO', 'Why does this fail?\n\nx:\n  - "NO"'],
    ['Why does this fail?\n\nports:\n  - 80\n  - 443', "Why does this fail?\n\nports:\n  - '80'\n  - 443"],
    ['What does this load as in Python?\n\nversions:\n  - production\n  - null', 'What does this load as in Python?\n\nversions:\n  - production\n  - "null"'],
    ["Why doesn't this compile?\n\nfn main() {\n    let v = vec![1, 2];\n    let n = v.len();\n    n\n}", "Why doesn't this compile?\n\nfn main() {\n    let v = vec![1, 2];\n    let n = v.len();\n    n;\n}"],
  ]);
  served([
    // The question's own mark, and a courtesy's comma, are prose.
    ['Why does this fail?\nprint(x)', 'Why does this fail\nprint(x)'],
    ['Hi,\nWhy does print(x) fail?\nThanks', 'Hi,\nWhy does print(x) fail\nThanks,'],
    // Quoting a plain word in YAML is the same string.
    ['Why does this fail?\n\nx:\n  - web', 'Why does this fail?\n\nx:\n  - "web"'],
    // A to-do list with commas ending its items is no code, whatever it mentions (a review of a first version).
    ['Help me make a plan for the day from this list:\nreturn the package,\ncase study draft,\ngym at 6 a.m.', 'Help me make a plan for the day from this list:\nreturn the package\ncase study draft\ngym at 6 a.m.'],
    ['Help me make a plan for the day:\nErrands:\n  apples,\n  bread,\n  tomatoes', 'Help me make a plan for the day:\nErrands:\n  apples\n  bread\n  tomatoes'],
  ]);
});

describe('an edit inside a pasted text whose request is in another language (a second red team on other languages)', () => {
  notServed([
    ["Cuenta las palabras: We're late.", 'Cuenta las palabras: We are late.'],
    ["数一下单词数：We're late.", '数一下单词数：We are late.'],
    ["Zähle die Wörter: I don't know.", 'Zähle die Wörter: I do not know.'],
    ['Britisch oder amerikanisch? The colour is nice.', 'Britisch oder amerikanisch? The color is nice.'],
    ['英式还是美式？The colour is nice.', '英式还是美式？The color is nice.'],
    ['Trouve les fautes dans ce texte :\n\nShe go to the market every morning and buys apples.', 'Trouve les fautes dans ce texte :\n\nShe goes to the market every morning and buys apples.'],
    ['Traduce al español este correo:\n\nHello Mr Brown, please send me the contract by Friday. Thanks in advance.', 'Traduce al español este correo:\n\nHello Mr Brown, send me the contract by Friday. Thanks in advance.'],
    ['¿Cuántas oraciones tiene este texto?\n\nTenemos tres gatos. Viven en el jardín.', '¿Cuántas oraciones tiene este texto?\n\nTenemos tres gatos; viven en el jardín.'],
    ['¿Cuántos versos tiene?\n\nel mar está en calma\nla luna brilla', '¿Cuántos versos tiene?\n\nel mar está en calma la luna brilla'],
    ['Αυτό το κείμενο είναι γραμμένο σε βρετανικά ή αμερικανικά αγγλικά; Our centre will be closed on Friday.', 'Αυτό το κείμενο είναι γραμμένο σε βρετανικά ή αμερικανικά αγγλικά; Our center will be closed on Friday.'],
  ]);
  served([
    // An English request around a pasted text keeps its tolerances, whatever one word of the text is (a review).
    ['Summarize this email in one line:\n\nHi all,\n\nReminder: the report is due Friday.\n\nCheers,\nDave', 'summarize this email in one line:\n\nHi all,\n\nReminder: the report is due Friday.\n\nCheers,\nDave'],
    ['Is this recipe gluten free?\nFor the salad:\nlettuce,\ncucumber,\nfeta', 'is this recipe gluten free?\nFor the salad:\nlettuce,\ncucumber,\nfeta'],
    // Spaces before a mark, as French is typed.
    ['Voici mon texte : « La méthode A est plus efficace. » Réécris cette phrase.', 'Voici mon texte: « La méthode A est plus efficace. » Réécris cette phrase.'],
    // An edit of the foreign request alone, and a foreign name or dish at an English prompt's end (a second review).
    ['Przetłumacz ten tekst na angielski:\nWater boils at 100 degrees.', 'przetłumacz ten tekst na angielski:\nWater boils at 100 degrees.'],
    ['Rank these dishes by calories:\n- pizza margherita\n- pain au chocolat\n- arroz con pollo', 'rank these dishes by calories:\n- pizza margherita\n- pain au chocolat\n- arroz con pollo'],
    ['What does the motto mean?\nLiberté, égalité, fraternité', 'What does the motto mean\nLiberté, égalité, fraternité'],
  ]);
});

describe('an apostrophe glued to a name of code in prose (a second red team on code)', () => {
  notServed([
    ["What does 'static mean in Rust?", 'What does static mean in Rust?'],
    ['When should I use foldl\' in Haskell?', 'When should I use foldl in Haskell?'],
    ["What does 'x evaluate to in Clojure?", 'What does x evaluate to in Clojure?'],
    ["Why is the type 'a -> 'a inferred here in OCaml?", 'Why is the type a -> a inferred here in OCaml?'],
    ["Why does typing '0123 in Excel keep the leading zero?", 'Why does typing 0123 in Excel keep the leading zero?'],
    ["In Excel, why is '1/2 not turned into a date?", 'In Excel, why is 1/2 not turned into a date?'],
    ["What does the 'static keyword mean? It's confusing.", "What does the static keyword mean? It's confusing."],
  ]);
  served([
    // A quotation's paired marks, elisions, a dropped g and a plural possessive are everyday English.
    ["What was rock 'n' roll like in the '50s?", "what was rock 'n' roll like in the '50s?"],
    ["How do I average the students' grades in Excel?", 'How do I average the students grades in Excel?'],
    ["Is it 'affect' or 'effect' here?", 'Is it affect or effect here?'],
    ["I'm goin' home, what should I cook?", "Im goin' home, what should I cook?"],
  ]);
});
