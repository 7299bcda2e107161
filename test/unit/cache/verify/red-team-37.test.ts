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

/**
 * A review of the rules above (session 31) found more of these positions served — a header with a one-line body or a
 * comment, `match`, fields with a modifier, another type or in Rust, Kotlin or Python, a function's own name, a
 * return's `not`, `await` or comment, a conditional expression assigned with a comma — and prose their first version
 * refused: lowercase lines opening with "if", "while", "with", "import" or a bracket before "as", "lambda" in prose,
 * a form's "flavour: any", lists of things to return. Stored text first, as the proxy reads it.
 */
describe("the review's code positions, and the prose around them", () => {
  notServed([
    ["What does this return for an empty list?\ndef first(items):\n    if items: return items[0]\n    return None", "What does this return for an empty list?\ndef first(items):\n    if item: return items[0]\n    return None"],
    ["Why is this never true?\ndef f(items):\n    if items:  # skip empty\n        process(items)", "Why is this never true?\ndef f(items):\n    if item:  # skip empty\n        process(items)"],
    ["What does this match?\nmatch command:\n    case [action, item]:\n        run(action, item)", "What does this match?\nmatch commands:\n    case [action, item]:\n        run(action, item)"],
    ["Why does this not run?\nif item: do_work()", "Why does this not run?\nif items: do_work()"],
    ["Does this compile?\ninterface Cart {\n  readonly items: string[];\n}", "Does this compile?\ninterface Cart {\n  readonly item: string[];\n}"],
    ["Does this compile?\ninterface Cart {\n  items: Item[];\n}", "Does this compile?\ninterface Cart {\n  item: Item[];\n}"],
    ["Why is this an error?\nclass Cart {\n  private items: string[] = [];\n}", "Why is this an error?\nclass Cart {\n  private item: string[] = [];\n}"],
    ["Does this compile?\nconst user: { emails: string[] } = load();", "Does this compile?\nconst user: { email: string[] } = load();"],
    ["Why does this not compile?\nstruct Cart {\n    pub items: Vec<String>,\n}", "Why does this not compile?\nstruct Cart {\n    pub item: Vec<String>,\n}"],
    ["Why does this not compile?\ndata class User(val emails: List<String>)", "Why does this not compile?\ndata class User(val email: List<String>)"],
    ["Why does pydantic reject this?\nclass User(BaseModel):\n    emails: str", "Why does pydantic reject this?\nclass User(BaseModel):\n    email: str"],
    ["Why is this an error?\ntype Props = {\n  colour: 'red' | 'blue';\n}", "Why is this an error?\ntype Props = {\n  color: 'red' | 'blue';\n}"],
    ["Why is normalize undefined?\ndef normalise(text):\n    return text.lower()\nprint(normalize(s))", "Why is normalize undefined?\ndef normalize(text):\n    return text.lower()\nprint(normalize(s))"],
    ["What type is returned?\ndef f(x):\n    return not x,", "What type is returned?\ndef f(x):\n    return not x"],
    ["Why is this a tuple?\ndef f(x):\n    return x,  # one item", "Why is this a tuple?\ndef f(x):\n    return x  # one item"],
    ["Why is this a tuple?\nresult = value if value else default,", "Why is this a tuple?\nresult = value if value else default"],
    ["Why is this a tuple?\ndef f(x):\n    return await fetch(x) or None,", "Why is this a tuple?\ndef f(x):\n    return await fetch(x) or None"],
  ]);
  served([
    ["if my favourite team loses:\nhow do I cheer myself up?", "if my favorite team loses:\nhow do I cheer myself up?"],
    ["while travelling abroad:\nhow can I avoid roaming charges?", "while traveling abroad:\nhow can I avoid roaming charges?"],
    ["if my child has a fever:\nwhen should I call the doctor?", "if my kid has a fever:\nwhen should I call the doctor?"],
    ["quick one\nif the colour of my urine is dark:\nshould I worry?", "quick one\nif the color of my urine is dark:\nshould I worry?"],
    ["if the colour is off:\nhow do I calibrate my monitor?", "if the color is off:\nhow do I calibrate my monitor?"],
    ["Here are my results (from the last test) as follows:\nA: 10, B: 12", "Here are my results (from the last test) as follow:\nA: 10, B: 12"],
    ["Can I claim my laptop (bought in May) as expense, and how?", "Can I claim my laptop (bought in May) as expenses, and how?"],
    ["with lavender as flavour:\nhow much should I add to the cake?", "with lavender as flavor:\nhow much should I add to the cake?"],
    ["import cars as gifts, is there any tax?", "import cars as gift, is there any tax?"],
    ["import goods from China as samples: what paperwork do I need?", "import goods from China as sample: what paperwork do I need?"],
    ["aws lambda functions: how do I reduce cold start time?", "aws lambda function: how do I reduce cold start time?"],
    ["what is the greek letter lambda used for in physics and maths:", "what is the greek letter lambda used for in physics and math:"],
    ["Suggest a birthday cake recipe\nflavour: any, serves 10", "Suggest a birthday cake recipe\nflavor: any, serves 10"],
    ["Find a hotel in Lisbon\nneighbourhood: any", "Find a hotel in Lisbon\nneighborhood: any"],
    ["My trip details:\ndeparture is Monday,\nreturn date is Friday,\nfind me a hotel", "My trip details:\ndeparture is Monday,\nreturn date is Friday\nfind me a hotel"],
    ["Things I need to do today:\nreturn books or DVDs,\nbuy milk", "Things I need to do today:\nreturn books or DVDs\nbuy milk"],
    ["Trip details\ndepart Monday,\nreturn Friday or Saturday,\n2 adults", "Trip details\ndepart Monday,\nreturn Friday or Saturday\n2 adults"],
  ]);
});

/**
 * A red team (session 31) typed structured data without a fence and made one edit: a comma dropped or added, a key
 * or value single-quoted, a number, boolean or null quoted, a YAML key's case, a CSV header inflected or a first
 * cell's case. 489 of 4,487 such pairs were served (none of 4,337 fenced ones): the data's marks were read as a
 * sentence's punctuation, a line's first capital as a sentence's. A JSON object or array, YAML or config lines and
 * CSV rows are now compared verbatim like a fenced block (`data-block.ts`), wherever the question stands.
 */
describe('structured data typed without a fence', () => {
  notServed([
    ["{\n  \"active\": true,\n  \"id\": 3213,\n  \"age\": 78,\n  \"score\": 2.8,\n  \"role\": \"admin\",\n  \"manager\": null\n}\n\nIs this valid?", "{\n  \"active\": true,\n  \"id\": 3213,\n  \"age\": 78,\n  \"score\": 2.8,\n  \"role\": \"admin\"\n  \"manager\": null\n}\n\nIs this valid?"],
    ["{\n  \"active\": false,\n  \"city\": \"Austin\",\n  \"id\": 4488,\n  \"age\": 72,\n  \"score\": 70.1,\n  \"manager\": null,\n  \"role\": \"admin\"\n}", "{\n  \"active\": false,\n  \"city\": \"Austin\",\n  \"id\": 4488,\n  \"age\": 72,\n  \"score\": 70.1,\n  \"manager\": null,\n  \"role\": \"admin\",\n}"],
    ["{\n  \"role\": \"moderator\",\n  \"manager\": null,\n  \"age\": 65,\n  \"id\": 9598,\n  \"email\": \"kofi.rossi@contoso.org\",\n  \"active\": true\n}", "{\n  'role': \"moderator\",\n  \"manager\": null,\n  \"age\": 65,\n  \"id\": 9598,\n  \"email\": \"kofi.rossi@contoso.org\",\n  \"active\": true\n}"],
    ["{\n  \"id\": 3577,\n  \"age\": 77,\n  \"email\": \"hiro.silva@contoso.org\",\n  \"active\": true,\n  \"role\": \"owner\",\n  \"manager\": null\n}", "{\n  \"id\": 3577,\n  \"age\": \"77\",\n  \"email\": \"hiro.silva@contoso.org\",\n  \"active\": true,\n  \"role\": \"owner\",\n  \"manager\": null\n}"],
    ["{\n  \"city\": \"Porto\",\n  \"role\": \"owner\",\n  \"id\": 5263,\n  \"active\": true,\n  \"score\": 16.3,\n  \"age\": 22,\n  \"manager\": null\n}\n\nExplain this.", "{\n  \"city\": \"Porto\",\n  \"role\": \"owner\",\n  \"id\": 5263,\n  \"active\": true,\n  \"score\": 16.3,\n  \"age\": 22,\n  \"manager\": \"null\"\n}\n\nExplain this."],
    ["manager: null\nrole: viewer\nport: 8080\nenabled: false\ncountry: DE", "manager: null\nrole: viewer\nport: 8080\nenabled: false\nCountry: DE"],
    ["name: Dana Garcia\nage: 59\ncity: Oslo\nrole: viewer\nactive: true\nports:\n  - \"80:80\"\nsettings:\n  theme: dark\n  notifications: false", "name: Dana Garcia\nage: 59\ncity: Oslo\nrole: viewer\nactive: \"true\"\nports:\n  - \"80:80\"\nsettings:\n  theme: dark\n  notifications: false"],
    ["city: Denver\nport: 443\nrole: editor\nmanager: null\nage: 40\nenabled: false", "city: Denver\nport: \"443\"\nrole: editor\nmanager: null\nage: 40\nenabled: false"],
    ["city: Lagos\nport: 443\nenabled: no\nage: 52\ncountry: SE", "city: Lagos\nport: 443\nenabled: no\nage: 52\ncountry: \"SE\""],
    ["name,city,sales,returns\nLena,Lagos,354,76\nAlice,Krakow,827,19\nCarlos,Toronto,521,57", "name,city,sales,return\nLena,Lagos,354,76\nAlice,Krakow,827,19\nCarlos,Toronto,521,57"],
    ["item,city,revenue,orders\nDana,Lyon,306,712\nSven,Madrid,301,753\nNina,Toronto,644,147\nAlice,Dublin,843,359\nUma,Seattle,5,492", "item,city,revenue,orders\nDana,Lyon,306,712\nSven,Madrid,301,753\nnina,Toronto,644,147\nAlice,Dublin,843,359\nUma,Seattle,5,492"],
  ]);
  served([
    ['Write a blog post.\nTopic: coffee\nTone: friendly\nLength: 500 words', 'Please write a blog post.\nTopic: coffee\nTone: friendly\nLength: 500 words'],
    ['{"name": "Ann", "age": 30}\nSummarize this record.', '{"name": "Ann", "age": 30}\nPlease summarize this record.'],
    ['name,age,city\nAnn,30,Paris\nBob,25,Rome\nWho is older?', 'name,age,city\nAnn,30,Paris\nBob,25,Rome\nwho is older?'],
    ['I need ideas for dinner: chicken, rice, beans\nand maybe dessert: cake, pie, ice cream', 'I need ideas for dinner: chicken, rice, beans\nand maybe a dessert: cake, pie, ice cream'],
  ]);
});

/**
 * A review of the structured-data rule (session 31) found prose it made verbatim — a form or a chat of lowercase
 * `word: text` lines, a task's label above a block ("Summarize:"), a line opening with "[2 points]" or a reference
 * "[1]", JSON or a list followed by prose on its line — and data it missed: one YAML line, capitalised keys with YAML
 * literals, HTTP headers, TOML, a flow map, CSV with quoted fields. A red team on requirement lists found an unmarked
 * one-per-line list whose items change with its line breaks ("lemon juice\nconcentrate" / "lemon\njuice concentrate"),
 * a word moved between requirement lines, and one device against several in an instruction that opens with its verb
 * ("Use a metaphor" / "Use metaphors"; a review's costs keep how-tos and "using a table" / "… tables" served, and a
 * list only after a line that introduces it with ":" or "?").
 */
describe("the structured-data review's costs and gaps, and lists typed one item per line", () => {
  notServed([
    ['Use a metaphor to summarize the results.', 'Use metaphors to summarize the results.'],
    ['Is this config valid?\nreplicas:\u00a03\ndebug:\u00a0no', 'Is this config valid?\nreplicas:\u00a03\ndebug:\u00a0"no"'],
    ['Include a chart in the report.', 'Include charts in the report.'],
    ["Is this valid?\n[server]\ndebug = true\nport = 8080\nname = \"api\"", "Is this valid?\n[server]\ndebug = true\nport = 8080\nname = \"api\";"],
    ["Is this valid?\nContent-Type: application/json\nAccept: text/html, application/xml\nCache-Control: no-cache, no-store", "Is this valid?\nContent-Type: application/json\nAccept: text/html application/xml\nCache-Control: no-cache, no-store"],
    ["Is this valid?\nDebug: true\nPort: 8080\nName: api\nEnabled: no", "Is this valid?\nDebug true\nPort: 8080\nName: api\nEnabled: no"],
    ["Debug: true\nPort: 8080\nName: api\nEnabled: no\n\nWhat is wrong with this?", "Debug true\nPort: 8080\nName: api\nEnabled: no\n\nWhat is wrong with this?"],
    ["Is this valid?\nname,port\napi,8080\nweb,80", "Is this valid?\nName,port\napi,8080\nweb,80"],
    ["name,port\napi,8080\nweb,80\n\nWhat is wrong with this?", "Name,port\napi,8080\nweb,80\n\nWhat is wrong with this?"],
    ["Is this valid?\nname,port,note\n\"api, main\",8080,ok\nweb,80,ok", "Is this valid?\nName,port,note\n\"api, main\",8080,ok\nweb,80,ok"],
    ["Context: I am planning meals for a family of four. Make a grocery list sorted by aisle:\nfruit salad\ndressing", "Context: I am planning meals for a family of four. Make a grocery list sorted by aisle:\nfruit\nsalad dressing"],
    ["You are a helpful kitchen assistant. I have these in my pantry. What can I cook for dinner?\n\nsalt\nolive\noil filter\nbananas\ncarrots\nonions", "You are a helpful kitchen assistant. I have these in my pantry. What can I cook for dinner?\n\nsalt\nolive oil\nfilter\nbananas\ncarrots\nonions"],
    ["Hi! Estimate the price of each item at Walmart:\nmaple syrup\nbottles\nKeep it under 100 words.", "Hi! Estimate the price of each item at Walmart:\nmaple\nsyrup bottles\nKeep it under 100 words."],
    ["You are a helpful kitchen assistant. Suggest a healthier swap for each:\ncarrots\nhoney\nflour\norange juice\nbox\nbananas\nKeep it under 100 words.", "You are a helpful kitchen assistant. Suggest a healthier swap for each:\ncarrots\nhoney\nflour\norange\njuice box\nbananas\nKeep it under 100 words."],
    ["Context: I am planning meals for a family of four. Make a grocery list sorted by aisle:\nfruit salad\ndressing", "Context: I am planning meals for a family of four. Make a grocery list sorted by aisle:\nfruit\nsalad dressing"],
    ["You are a helpful kitchen assistant. I have these in my pantry. What can I cook for dinner?\n\nsalt\nolive\noil filter\nbananas\ncarrots\nonions", "You are a helpful kitchen assistant. I have these in my pantry. What can I cook for dinner?\n\nsalt\nolive oil\nfilter\nbananas\ncarrots\nonions"],
    ["Hi! Estimate the price of each item at Walmart:\nmaple syrup\nbottles\nKeep it under 100 words.", "Hi! Estimate the price of each item at Walmart:\nmaple\nsyrup bottles\nKeep it under 100 words."],
  ]);
  served([
    ["Write a blog post.\ntopic: colour theory for beginners\ntone: friendly", "Write a blog post.\ntopic: color theory for beginners\ntone: friendly"],
    ["Write a blog post.\ntopic: the history of coffee\ntone: friendly", "Write a blog post.\ntopic: history of coffee\ntone: friendly"],
    ["me: I cannot make it on Friday\nher: ok whatever\n\nIs she mad at me?", "me: I can't make it on Friday\nher: ok whatever\n\nIs she mad at me?"],
    ["me: I cannot make it on Friday\nher: ok whatever\n\nIs she mad at me?", "Me: I cannot make it on Friday\nher: ok whatever\n\nIs she mad at me?"],
    ["boss: we need to talk tomorrow\nme: sure, about what?\nboss: just come to my office\n\nShould I be worried?", "boss: we need to talk tomorrow.\nme: sure, about what?\nboss: just come to my office\n\nShould I be worried?"],
    ["pros: cheap, fast delivery\ncons: noisy, heavy\n\nShould I buy it?", "pros: cheap, fast delivery\ncons: noisy, heavy.\n\nShould I buy it?"],
    ["[1] Smith J. Deep learning for vision. 2015.\n[2] Lee K. Attention models. 2017.\nFormat these references in APA style.", "[1] Smith J. Deep learning for vision. 2015\n[2] Lee K. Attention models. 2017.\nFormat these references in APA style."],
    ["[10:02] anna: are we still on for lunch\n[10:05] ben: yes see you at noon\nSummarize this chat.", "[10:02] anna: are we still on for lunch?\n[10:05] ben: yes see you at noon\nSummarize this chat."],
    ["[2 points] Explain why the sky is blue.", "[2 points] Explain why the sky is blue"],
    ["[2024 update] The office will be closed on Mondays.\nRewrite this announcement more formally.", "[2024 update] The office will be closed on Mondays\nRewrite this announcement more formally."],
    ["{\"name\": \"Ann\"} is valid JSON, isn't it?", "{\"name\": \"Ann\"} is valid JSON, is it not?"],
    ["[1, 2, 3] plus [4, 5] in Python gives what?", "[1, 2, 3] plus [4, 5] in Python gives what"],
    ["Summarize:\nupdate: we moved the launch to June\nreason: the supplier is late", "Summarize:\nupdate: we moved the launch to June.\nreason: the supplier is late."],
    ["Summarize:\nupdate: we moved the launch to June\nreason: the supplier is late", "Please summarize:\nupdate: we moved the launch to June\nreason: the supplier is late"],
    ['Which of these are vegan?\nflour\npeanut butter\ncookies', 'Which of these are vegan?\n\nflour\npeanut butter\ncookies'],
    ['Sort these alphabetically:\nzebra\napple\nmango', 'Sort these alphabetically: zebra\napple\nmango'],
    ['What is the capital\nof Australia', 'What is the capital of Australia'],
    ['hey\nquick one\nwhat is DNS', 'hey\nquick one what is DNS'],
    ['How do I cite a source in APA', 'How do I cite sources in APA'],
    ['Hi John\nThanks for the update\nCan you send the report?', 'Hi John,\nThanks for the update\nCan you send the report?'],
  ]);
});

/**
 * A list's items read line by line: a hostile line of one long word (a regex for an item line backtracked
 * quadratically over it: 13 s for 80,000 letters; session 31) is cut in one pass and compared as any text.
 */
describe('a list line of one long word', () => {
  const long = `Which of these are vegan?\nlemon juice\nflour\n${'a'.repeat(256 * 1024)} b c d e f`;
  notServed([[long, long.replace('lemon juice\nflour', 'lemon\njuice flour')]]);
});
