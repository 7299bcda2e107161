/**
 * Short closed lists the verifier's rules need (DESIGN.md §1, "verify"). Open-class facts — synonyms,
 * antonyms, siblings, inflection — come from WordNet and the lemmatizer, never from lists here.
 */

/**
 * Politeness and filler, as lowercase token sequences. `anywhere` ones may be added or dropped at any place
 * ("kindly" only where it opens a request: see KINDLY_REQUEST_VERBS);
 * `edges` ones only at the start or end of a sentence ("Thank you" at the end is filler; "say thank you in
 * French" is content). Neither is filler where it is the thing asked about: after one of POLITENESS_AS_OBJECT_AFTER
 * ("the word for hello", "say sorry", "a song called Hello"), before one of POLITENESS_AS_OBJECT_BEFORE ("what
 * does cheers mean", "hello in Japanese"), or capitalised inside a sentence (a title: "Who sang Hello?").
 */
export const FILLER_ANYWHERE: readonly (readonly string[])[] = [['please'], ['kindly'], ['pls'], ['plz']];

export const FILLER_AT_EDGES: readonly (readonly string[])[] = [
  ['thanks', 'in', 'advance'], ['thank', 'you', 'in', 'advance'], ['thank', 'you', 'so', 'much'], ['thank', 'you'],
  ['thanks', 'a', 'lot'], ['many', 'thanks'], ['thanks'], ['thx'], ['ty'], ['tia'], ['thank', 'u'], ['cheers'], ['hey', 'there'], ['hi', 'there'],
  ['hello', 'there'], ['hey'], ['hi'], ['hello'], ['greetings'], ['dear', 'assistant'],
  ['could', 'you', 'tell', 'me'], ['can', 'you', 'tell', 'me'], ['would', 'you', 'tell', 'me'],
  ['could', 'you', 'please', 'tell', 'me'], ['can', 'you', 'please', 'tell', 'me'], ['please', 'tell', 'me'],
  ['tell', 'me'], ['i', 'would', 'like', 'to', 'know'], ['i', 'want', 'to', 'know'], ['i', 'was', 'wondering'],
  ['i', 'wonder'], ['do', 'you', 'know'], ['quick', 'question'], ['just', 'curious'],
  ['if', 'you', 'can'], ['if', 'you', 'could'], ['if', 'possible'], ['i', 'need', 'to', 'know'],
  ['can', 'you', 'please'], ['could', 'you', 'please'], ['would', 'you', 'please'], ['would', 'you', 'mind'],
  ['excuse', 'me'], ['sorry', 'in', 'advance'], ['sorry'], ['by', 'the', 'way'], ['btw'], ['i', 'appreciate', 'it'], ['appreciate', 'it'],
  ['much', 'appreciated'], ['thanks', 'so', 'much'], ['thank', 'you', 'very', 'much'], ['good', 'morning'],
  ['good', 'afternoon'], ['good', 'evening'], ['any', 'help', 'appreciated'], ['help', 'me', 'understand'],
];

/** Words after which a politeness word is the object of the question: "the Japanese word for hello". */
export const POLITENESS_AS_OBJECT_AFTER: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'word', 'words', 'term', 'phrase', 'called', 'named', 'titled', 'for', 'of', 'mean',
  'means', 'meaning', 'spell', 'spelled', 'spelt', 'spelling', 'translate', 'translated', 'translation', 'greeting',
  'greetings', 'reply', 'respond', 'answer', 'sing', 'sang', 'sung', 'song', 'is', 'was', 'does', 'use', 'write',
  'texted', 'texting', 'replies', 'replied', 'answered', 'responds', 'responded', 'messaged',
  // Verbs of signing, whispering or teaching a word (a red team, session 28): "Why does my daughter sign please all
  // the time?", "How do I teach my toddler please?", "Should I wave hello?", "How do I abbreviate thank you?".
  'sign', 'signs', 'signing', 'signed', 'whisper', 'whispers', 'whispering', 'whispered', 'mumble', 'mumbles', 'mumbling', 'mumbled',
  'shout', 'shouts', 'shouting', 'shouted', 'yell', 'yells', 'yelling', 'yelled', 'wave', 'waves', 'waving', 'waved', 'teach', 'teaches',
  'teaching', 'taught', 'abbreviate', 'abbreviates', 'abbreviated', 'abbreviating', 'pronounce', 'pronounces', 'pronounced', 'pronouncing',
  // Verbs of sending or expressing a message (a red team, session 55: "How do I send thanks?" / "… send greetings?",
  // "Should I email sorry?" / "… email thanks?" were served as courtesies set aside).
  // Forms that are nouns too ("email", "posts", "types"), and verbs of giving a program or a form its input ("if I pass
  // hello"), are read after a subject (SENDING_AFTER_SUBJECT in prepare-tokens.ts).
  // Not their forms a request closes on ("Did you get what I sent thanks", "Why does it lag when typing please").
  'send', 'sends', 'express', 'expresses', 'expressing', 'convey', 'conveys', 'conveying', 'extend', 'extends', 'extending',
  // A preposition or conjunction never precedes politeness: "What rhymes with please?", "respond to thank you".
  'with', 'to', 'about', 'like', 'than', 'from', 'between', 'and', 'or', 'versus', 'vs', 'into',
]);

/** Words before which a politeness word is the object of the question: "what does cheers mean", "hello in Japanese". */
export const POLITENESS_AS_OBJECT_BEFORE: ReadonlySet<string> = new Set(['mean', 'means', 'meant', 'in', 'is', 'was', 'or', 'nor', 'vs', 'versus', 'lyrics', 'chords']);

/**
 * Openers that are filler only at the start of a request and before a request verb ("Can you explain X?" asks
 * for the explanation); elsewhere they are content ("Can you eat raw eggs?" is not "Would you eat raw eggs?").
 * Even before a request verb "can you" often asks what is possible or allowed ("Can you give blood after a
 * tattoo?", "Can you write a check to yourself?"), so see isRequestToAssistant in prepare-tokens.ts.
 */
export const FILLER_AT_START: readonly (readonly string[])[] = [
  ['can', 'you'], ['could', 'you'], ['would', 'you'], ['will', 'you'],
  // "I'd like you to summarize …", "I want you to explain …": a request as "could you" makes one (a red team on
  // rewordings, session 46: 40 of 40 refused).
  ['i', 'would', 'like', 'you', 'to'], ['i', 'want', 'you', 'to'], ['i', 'need', 'you', 'to'],
];

/** Verbs of a request to an assistant, after which "can you" / "could you" is politeness. */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'tell', 'explain', 'give', 'show', 'help', 'write', 'list', 'describe', 'recommend', 'suggest', 'summarize',
  'summarise', 'provide', 'translate', 'find', 'make', 'create', 'generate', 'check', 'fix', 'name', 'define',
  'compare', 'calculate', 'draft', 'rewrite', 'convert', 'outline', 'share', 'teach', 'clarify', 'compose', 'paraphrase',
]);

/**
 * Request verbs whose common use is producing text for the reader: "Can you summarize the report?" is a request
 * unless a POSSIBILITY_SCOPE word makes it a question about what is possible ("Can you list a house without an
 * agent?"). The other REQUEST_VERBS name acts in the world too ("give blood", "name a star", "write a check").
 */
export const TEXT_REQUEST_VERBS: ReadonlySet<string> = new Set([
  'explain', 'describe', 'summarize', 'summarise', 'outline', 'clarify', 'suggest', 'recommend', 'list',
  // Also only text, in a question to an assistant ("Can you define entropy?", "Could you compare X and Y?").
  // Not write, convert, create, make or find: "Can you write a check to cash?", "Can you convert a Roth IRA?",
  // "Can you find life on Mars?" ask what is possible.
  'define', 'translate', 'generate', 'compose', 'paraphrase', 'rewrite', 'draft', 'compare', 'calculate',
]);

/**
 * "Kindly" is politeness only where it opens a request to the assistant for text ("Kindly explain …", "Could you
 * kindly summarize …"): before one of REQUEST_VERBS or of these. Before a verb with another person as its
 * object, or after the verb, it says how to act ("Reject this applicant kindly", "Kindly decline the invitation"
 * asks for a gentle refusal), so it is content there.
 */
export const KINDLY_REQUEST_VERBS: ReadonlySet<string> = new Set([
  'help', 'write', 'provide', 'check', 'fix', 'find', 'create', 'review', 'proofread', 'correct', 'confirm', 'advise',
  'assist', 'guide', 'note', 'elaborate', 'answer', 'solve', 'debug', 'edit', 'improve',
]);
/** Verbs after "kindly" that are a request to the assistant only with the asker as object: "Kindly tell me …", "Kindly let us know". */
export const KINDLY_VERBS_TO_ASKER: ReadonlySet<string> = new Set(['tell', 'give', 'show', 'teach', 'let', 'send', 'share', 'inform', 'email', 'update']);

/** Objects that point at the text in front of the assistant: "Can you check this?", "Could you fix the following". */
export const DEICTIC_OBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'it', 'following', 'below']);

/**
 * Words that make "can you <verb> …" a question about what is possible or allowed rather than a request: a
 * reflexive or an indefinite person ("write a check to yourself", "name a star after someone"), a means or a
 * permission ("make ice without a freezer", "legally").
 */
export const POSSIBILITY_SCOPE: ReadonlySet<string> = new Set([
  'yourself', 'yourselves', 'myself', 'himself', 'herself', 'itself', 'ourselves', 'themselves', 'oneself', 'someone',
  'somebody', 'anyone', 'anybody', 'without', 'legally', 'allowed', 'safely',
  // "Can you define a variable twice in Python?", "Can you post anonymously?" (an attack on the verifier's acceptances,
  // session 45; not "alone" or "court", which a request's object holds: "Can you explain how a court works?").
  'twice', 'anonymously',
]);

/** A condition or a time, which scopes "can you <verb> this" to a situation: "Can you fix it after a fall?". */
export const CONDITION_SCOPE: ReadonlySet<string> = new Set([
  'after', 'before', 'while', 'during', 'if', 'when', 'unless', 'until', 'still', 'ever', 'once',
]);

/**
 * "How can I …" asks the same as "How do I …": after "how", these modals are compared as "do" when a person
 * follows ("how can I reset"). Not "how should I" (advice), "how will it" (prediction) or "how could I" (a
 * reproach or a past ability: "How could you say that?" is not "How do you say that?").
 */
export const HOW_MODALS: ReadonlySet<string> = new Set(['can', 'do', 'does']);
export const HOW_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'one']);

/** Articles: adding or dropping one keeps a prompt's meaning ("what is the capital" / "what is capital"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Abbreviations whose full stop ends no sentence ("e.g.", "vs.", "Dr."), lowercase and without their last stop. */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(['e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'cf', 'al', 'approx', 'no', 'fig', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr']);

/** Negations: on one side only, or attached to other words, they block. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'nowhere', 'without', 'except', 'excluding', 'unless',
]);

/**
 * Words that answer "no" and also negate the verb they stand before, in English and other languages: the comma
 * after one is all that separates "No, I want …" from "No I want …" = "I don't want …" (Portuguese "Não, quero" /
 * "Não quero", Polish "Nie, chcę" / "Nie chcę", Croatian, Serbian, Czech "Ne", Bulgarian "Не", Romanian "Nu",
 * Hungarian "Nem", Finnish "Ei"; since session 52 Hebrew, Arabic, Indonesian, Hindi and romanised Hindi, German,
 * French, Russian, Ukrainian, Scandinavian, Turkish, Korean: a red team on other languages, "הרופא אמר לא, צריך לצום" /
 * "… לא צריך לצום" served). Not Malay "tak" (Polish "yes", Czech "so") nor Vietnamese "không" (a question's last word
 * too: "… giúp tôi không, tôi cần …"; a break test). Lowercase; see verify-tokens.ts' markKind.
 */
export const NEGATIONS_BEFORE_COMMA: readonly string[] = [
  'no', 'not', 'never', 'nor', 'não', 'nao', 'nie', 'ne', 'не', 'nu', 'nem', 'ei', 'לא', 'لا', 'tidak', 'nggak', 'gak', 'enggak', 'bukan',
  'nahi', 'nahin', 'नहीं', 'nein', 'non', 'нет', 'ні', 'nej', 'hayır', 'yok', '아니', '아니요', '아뇨',
];

/** Number words block like digits ("top three"/"top ten", hundred/thousand, first/last). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen',
  'half', 'quarter', 'double', 'triple', 'twice', 'thrice', 'once', 'single', 'first', 'second', 'third', 'fourth',
  'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next', 'previous', 'hundreds', 'thousands',
  'millions', 'billions', 'dozens', 'both', 'all', 'every', 'each', 'some', 'any', 'few', 'many', 'most', 'several',
]);

/**
 * Words that introduce a clause or phrase that may move as a whole without changing the meaning ("If it rains,
 * what should I wear?" / "What should I wear if it rains?").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'if', 'when', 'whenever', 'because', 'since', 'while', 'although', 'though', 'unless', 'once', 'after', 'before',
  'in', 'on', 'at', 'for', 'using', 'from', 'during', 'by', 'via', 'within',
  // Not "as" or "with": moved, they attach to another noun ("As a manager, how should I evaluate an engineer?" /
  // "How should I evaluate an engineer as a manager?"; "With a knife, …").
]);

/**
 * Function words WordNet does not list (it has only nouns, verbs, adjectives and adverbs): they are words, so a
 * misspelling rule never treats them as typos, and changing one is a rewording, never a synonym.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into',
  'onto', 'about', 'above', 'below', 'over', 'under', 'between', 'among', 'through', 'during', 'before', 'after',
  'since', 'until', 'while', 'because', 'although', 'though', 'than', 'then', 'as', 'so', 'that', 'this', 'these',
  'those', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'i', 'me', 'my',
  'mine', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'we', 'us', 'our', 'ours',
  'they', 'them', 'their', 'theirs', 'myself', 'yourself', 'itself', 'themselves', 'is', 'am', 'are', 'was', 'were',
  'be', 'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'not', 'no', 'yes', 'also', 'too', 'very', 'just', 'only', 'even', 'up', 'down',
  'out', 'off', 'via', 'per', 'against', 'within', 'without', 'upon', 'across', 'toward', 'towards', 'whether',
  'either', 'neither', 'nor', "'s", 'let', 'unless', 'whenever', 'wherever', 'whatever', 'whichever', 'whoever',
]);

/**
 * Frequency adverbs, rates and quantifiers: a closed class whose every member changes the question ("Is it always
 * safe" / "Is it ever safe", "some"/"any", "biweekly"/"semiweekly"), so no synonym, inflection or typo rule
 * applies to them, and adding or dropping one blocks.
 */
export const FREQUENCY_AND_QUANTIFIERS: ReadonlySet<string> = new Set([
  'always', 'ever', 'never', 'sometimes', 'often', 'usually', 'rarely', 'seldom', 'occasionally', 'frequently',
  'generally', 'normally', 'typically', 'constantly', 'regularly', 'forever', 'hardly', 'barely', 'scarcely',
  'mostly', 'mainly', 'only', 'all', 'some', 'any', 'none', 'every', 'each', 'most', 'few', 'fewer', 'many',
  'much', 'more', 'less', 'least', 'several', 'both', 'either', 'neither', 'enough', 'nearly', 'almost', 'again',
  'already', 'still', 'yet', 'anything', 'everything', 'something', 'nothing', 'anyone', 'everyone', 'someone',
  // Rates: "pay biweekly" is not "pay semiweekly", and WordNet lists bi-/semi- words as one another's synonyms.
  'hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'semiweekly', 'fortnightly', 'monthly', 'bimonthly',
  'semimonthly', 'quarterly', 'yearly', 'annual', 'annually', 'biannual', 'biannually', 'semiannual',
  'semiannually', 'biennial', 'biennially', 'triennial', 'triennially', 'perennial', 'perennially',
]);

/**
 * Highly polysemous light verbs: WordNet lists dozens of senses for each, so a shared synset says nothing about
 * the sense meant ("move to Canada" / "go to Canada"). They are never synonyms of anything.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'go', 'get', 'make', 'take', 'do', 'have', 'put', 'set', 'run', 'move', 'give', 'keep', 'let', 'come', 'turn',
  'hold', 'bring', 'break', 'carry', 'call', 'play', 'stand', 'work', 'pass', 'pull', 'cut', 'hit', 'draw', 'play',
]);

/** Words that sequence, contrast or limit clauses: with one of them, moving a clause can change its scope. */
export const SCOPE_WORDS: ReadonlySet<string> = new Set([
  'then', 'otherwise', 'else', 'but', 'unless', 'except', 'after', 'before', 'until', 'afterwards', 'later',
  'first', 'next', 'finally', 'however', 'instead', 'only', 'also', 'and', 'or',
]);

/**
 * SI and binary unit prefixes: a word that differs from another only in one of these names another unit
 * ("calories"/"kilocalories", "gigabyte"/"gibibyte"), whatever a thesaurus says.
 */
export const UNIT_PREFIXES: readonly string[] = [
  'kibi', 'mebi', 'gibi', 'tebi', 'pebi', 'exbi',
  'kilo', 'mega', 'giga', 'tera', 'peta', 'exa',
  'milli', 'micro', 'nano', 'pico', 'centi', 'deci', 'deca', 'hecto',
];

/**
 * Programming languages, tools and words that only occur in a text about code: there a word one slip from another
 * is an identifier, not a typo ("a uint in Rust", "a ttest in scipy"; code-context.ts).
 */
export const PROGRAMMING_NAMES: ReadonlySet<string> = new Set([
  'python', 'javascript', 'typescript', 'java', 'kotlin', 'golang', 'haskell', 'scala', 'php', 'perl', 'lua', 'matlab',
  'solidity', 'fortran', 'cobol', 'sql', 'mysql', 'postgres', 'postgresql', 'sqlite', 'bash', 'zsh', 'powershell',
  'linux', 'unix', 'numpy', 'pandas', 'scipy', 'sklearn', 'pytorch', 'tensorflow', 'react', 'nodejs', 'django',
  'flask', 'docker', 'kubernetes', 'git', 'github', 'regex', 'json', 'yaml', 'html', 'css', 'api', 'compiler',
  'syntax', 'runtime', 'variable', 'variables', 'integer', 'integers', 'array', 'arrays', 'struct', 'structs',
  'pointer', 'pointers', 'boolean', 'bytes', 'programming', 'code', 'script', 'function', 'functions', 'syscall',
  'library', 'module', 'compile', 'debug',
]);

/** Names of languages that are also common English words: only capitalised inside a sentence ("in Go", "in Rust"). */
export const PROGRAMMING_NAMES_CAPITALISED: ReadonlySet<string> = new Set(['go', 'rust', 'swift', 'ruby', 'dart', 'julia', 'c', 'r', 'elixir', 'crystal', 'node']);

/**
 * SQL keywords: typed in capitals in a text with lowercase words, they mark it as holding SQL
 * (identifier-position.ts), and a quotation right after one is a value or a name of the query (quoted-literal.ts).
 */
export const SQL_KEYWORDS: ReadonlySet<string> = new Set(['select', 'from', 'where', 'join', 'insert', 'into', 'update', 'delete', 'values', 'set', 'create', 'alter', 'drop', 'table', 'group', 'order', 'by', 'limit', 'having']);
/** Keywords that take a value after them inside a query (`LIKE 'a%'`, `IN ('x')`, `THEN 'yes'`), besides SQL_KEYWORDS. */
export const SQL_VALUE_KEYWORDS: ReadonlySet<string> = new Set(['like', 'ilike', 'in', 'and', 'or', 'not', 'is', 'then', 'else', 'when', 'as', 'on']);

/**
 * Natural languages by their English names. Named as a language ("in French", "into German", "Italian for …",
 * "the Spanish equivalent"), one makes a prompt a question about words (word-topic.ts).
 */
export const LANGUAGES: ReadonlySet<string> = new Set([
  'english', 'spanish', 'french', 'german', 'italian', 'portuguese', 'japanese', 'chinese', 'mandarin', 'cantonese', 'korean',
  'russian', 'arabic', 'hindi', 'latin', 'greek', 'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'hebrew', 'turkish',
  'polish', 'ukrainian', 'vietnamese', 'thai', 'indonesian', 'swahili', 'persian', 'urdu', 'bengali',
  'tagalog', 'filipino', 'farsi', 'welsh', 'czech', 'slovak', 'irish', 'gaelic', 'hungarian', 'romanian', 'bulgarian', 'croatian',
  'serbian', 'catalan', 'basque', 'icelandic', 'estonian', 'latvian', 'lithuanian', 'albanian', 'armenian', 'malay', 'tamil',
  'telugu', 'punjabi', 'marathi', 'gujarati', 'malayalam', 'nepali', 'amharic', 'yoruba', 'zulu', 'afrikaans', 'esperanto',
  'slovenian', 'slovene', 'georgian', 'mongolian', 'khmer', 'kurdish', 'pashto', 'somali', 'yiddish', 'hawaiian', 'maori', 'navajo',
  'galician', 'maltese', 'bosnian', 'macedonian', 'sinhala', 'sinhalese', 'klingon', 'burmese', 'lao', 'uzbek', 'kazakh', 'azerbaijani',
  'belarusian', 'luxembourgish', 'hausa', 'igbo', 'xhosa', 'quechua', 'cherokee', 'inuktitut', 'tibetan', 'kannada', 'odia',
  'scots', 'elvish', 'sindarin', 'quenya', 'dothraki', 'valyrian', 'sanskrit', 'javanese', 'cebuano', 'hmong', 'sundanese', 'haitian', 'creole',
]);

/**
 * Names of languages in their own words and in their neighbours', lowercase as tokens ("auf Japanisch",
 * "en japonés", "по-японски"): a text that names one is about words as surely as "in Japanese" (courtesy.ts).
 */
export const NATIVE_LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  'español', 'castellano', 'inglés', 'francés', 'alemán', 'japonés', 'chino', 'coreano', 'ruso', 'italiano', 'portugués', 'árabe',
  'français', 'anglais', 'allemand', 'espagnol', 'japonais', 'chinois', 'coréen', 'russe', 'italien', 'portugais',
  'deutsch', 'englisch', 'französisch', 'spanisch', 'japanisch', 'chinesisch', 'koreanisch', 'russisch', 'italienisch', 'portugiesisch',
  'deutsche', 'englische', 'französische', 'spanische', 'japanische', 'chinesische', 'koreanische', 'russische', 'italienische',
  'inglese', 'tedesco', 'francese', 'spagnolo', 'giapponese', 'cinese', 'russo',
  'inglês', 'alemão', 'francês', 'espanhol', 'japonês', 'chinês',
  'engels', 'nederlands', 'duits', 'frans', 'spaans', 'japans', 'svenska', 'engelska', 'tyska', 'japanska',
  'polski', 'angielski', 'angielsku', 'niemiecki', 'niemiecku', 'japoński', 'japońsku', 'türkçe', 'ingilizce', 'almanca', 'japonca',
  'английский', 'по-английски', 'немецкий', 'по-немецки', 'японский', 'по-японски', 'русский', 'по-русски', 'французский',
  'по-французски', 'испанский', 'по-испански', 'китайский', 'по-китайски',
]);

/**
 * Words that say how a number is written or read: a base or numeral system, a temperature scale, an angle unit.
 * A phrase with one read in a number next to it ("In binary, what is 10?" / "What is 10 in binary?", clause-move.ts).
 */
export const NUMBER_READINGS: ReadonlySet<string> = new Set([
  'binary', 'hex', 'hexadecimal', 'octal', 'decimal', 'ternary', 'duodecimal', 'unary', 'base', 'radix', 'roman', 'numerals', 'notation',
  'complement', 'kelvin', 'celsius', 'fahrenheit', 'centigrade', 'radians', 'radian', 'degrees', 'gradians', 'bcd', 'ascii',
]);

/**
 * Words that comment on a sentence rather than say it ("anyway", "honestly", "btw"): one that crosses a sentence
 * boundary moves no meaning with it (sentence-boundary.ts).
 */
export const DISCOURSE_WORDS: ReadonlySet<string> = new Set([
  'anyway', 'anyways', 'honestly', 'btw', 'also', 'actually', 'basically', 'seriously', 'really', 'though', 'however', 'well', 'ok',
  'okay', 'lol', 'haha', 'again', 'now', 'too', 'first', 'quickly', 'please', 'thanks', 'way', 'frankly', 'personally', 'otherwise',
]);

/** Question words: what opens a question asked for a fact, a person, a place, a time, a reason or a way. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'which']);
/** Words a question opens with. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS, 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'shall', 'may', 'might', 'must',
  'have', 'has', 'any', 'please', 'tell',
]);
/** Words before a sentence's verb that leave it what it is: "So", "Also", "And", "Now". */
export const SENTENCE_LEAD_INS: ReadonlySet<string> = new Set(['so', 'also', 'and', 'ok', 'okay', 'now', 'then', 'just', 'but']);

/**
 * Two-word terms of computing that WordNet does not list, joined with "_" as its compounds are: a synonym swapped
 * into one names another thing or nothing ("quick sort" / "fast sort", "child process" / "kid process", "main
 * branch" / "chief branch", "big endian" / "large endian", "hard delete" / "difficult delete"; a red team, session
 * 32). Read beside WordNet's compounds by the verifier's compound check.
 */
export const COMPUTING_TERMS: ReadonlySet<string> = new Set([
  'quick_sort', 'merge_sort', 'heap_sort', 'bubble_sort', 'hard_delete', 'soft_delete', 'hard_link', 'soft_link', 'hard_reset', 'soft_reset',
  'hard_limit', 'soft_limit', 'hard_wrap', 'soft_wrap', 'hard_fork', 'soft_fork', 'hard_coded', 'hard_refresh', 'child_process', 'parent_process',
  'child_node', 'parent_node', 'child_element', 'parent_element', 'child_component', 'parent_component', 'child_class', 'parent_class',
  'main_branch', 'master_branch', 'main_thread', 'main_function', 'main_method', 'big_endian', 'little_endian', 'big_o', 'little_o',
  'maybe_monad', 'free_monad', 'deep_copy', 'shallow_copy', 'deep_clone', 'shallow_clone', 'deep_merge', 'shallow_merge', 'deep_equal', 'shallow_equal',
  'hot_reload', 'hot_swap', 'hot_fix', 'hot_path', 'hot_wallet', 'cold_wallet', 'cold_start', 'warm_start', 'cold_storage', 'dead_code',
  'dead_letter', 'strong_typing', 'weak_typing', 'strong_reference', 'weak_reference', 'weak_map', 'weak_set', 'fat_arrow', 'thin_client',
  'fat_client', 'smart_pointer', 'raw_pointer', 'dangling_pointer', 'null_pointer', 'race_condition', 'busy_wait', 'long_polling',
  'short_polling', 'tail_call', 'tail_recursion', 'happy_path', 'dark_mode', 'light_mode', 'strict_mode', 'safe_mode', 'loose_coupling',
  'tight_coupling', 'bare_metal', 'edge_case', 'corner_case', 'smoke_test', 'unit_test', 'sanity_check', 'fast_path', 'slow_path',
  'lazy_loading', 'eager_loading', 'lazy_evaluation', 'eager_evaluation', 'pure_function', 'first_class', 'higher_order', 'dry_run',
  'clean_build', 'clean_install', 'fresh_install', 'rolling_update', 'rolling_restart', 'blue_green', 'canary_release', 'sticky_session',
  'round_robin', 'first_fit', 'best_fit', 'worst_fit', 'open_source', 'closed_source', 'free_software', 'open_addressing', 'hash_map', 'hash_set',
  'child_theme', 'child_selector', 'child_table', 'child_row', 'child_window', 'child_thread', 'child_task', 'parent_theme', 'parent_selector',
  'parent_table', 'main_loop', 'main_memory', 'main_module', 'main_menu', 'main_window', 'main_repo', 'main_repository', 'master_node', 'master_key',
  // Everyday terms WordNet lacks, read the same way: "a sick note" / "an ill note", "price fixing" / "price repairing",
  // "mend fences" (make peace) / "repair fences" (a red team on single words, session 44).
  'sick_day', 'sick_note', 'sick_pay', 'sick_bay', 'sick_building', 'price_fixing', 'match_fixing', 'kid_brother', 'kid_sister', 'quick_ratio',
  'mend_fences', 'build_credit', 'cheap_shot', 'cheap_talk', 'quick_fix', 'fast_track', 'big_picture', 'small_talk', 'hard_feelings',
]);

/** The days of the week and the months: capitalised words that are no person's name ("Monday, Wednesday and Friday"). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december',
]);

/** Plurals of persons no -s marks: "the children", "people writing". */
export const PERSON_PLURALS: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people']);
