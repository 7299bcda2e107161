/**
 * Whether a prompt holds a text and asks about its form rather than its content: how many words, sentences,
 * items or exclamation marks it has, whether it uses contractions, articles, quotation marks or "please", whether
 * it keeps a word limit or a house style, whether it reads British or American, whether a sentence is correct.
 * There every difference the verifier otherwise accepts — a contraction, an article, a stop turned into a
 * semicolon, a number in words, a courtesy word, a line break, a spelling variant — is a different answer
 * ("Context: We do not ship to PO boxes. Question: Does the context use any contractions?" / "… We don't ship …").
 *
 * A prompt with no text to read (one line, no colon before a passage, no long quotation) asks in general ("How
 * many words should a cover letter be?") and is not matched.
 *
 * @example asksAboutTextForm('Context: We do not ship to PO boxes.\n\nQuestion: How many words are in the context?') // true
 * @example asksAboutTextForm('How many words should a cover letter be?') // false
 */
export function asksAboutTextForm(text: string): boolean {
  // A length limit asks about the text held only in a question ("The limit is 27 words. Is the bio within it?"); in
  // a request it is the answer's ("Write a post under 200 words. We're hiring …").
  // Not a limit set on the answer ("Answer in under 100 words.\nWhat is a monad?"; a near-duplicate helper, session 32).
  if (holdsText(text) && (COUNTED_FORM.test(text) || FORM_WORDS.test(text) || (text.includes('?') && limitOnText(text)) || JUDGED_CORRECTNESS.test(text) || COPIES_TEXT.test(text))) return true;
  return asksBareFormQuestionOfText(text);
}

/**
 * Whether a line is a short question about a text's form that names no text, beside the text itself: "How many
 * words? She will not come", "The the cat sat. How many words are there?", "Is this all caps? THANK YOU", "Should
 * there be a comma? Well I never." (a red team on judged texts, session 49: the text beside such a question was
 * read as the asker's, its contraction, doubled word, courtesy, case or stops accepted, 212 of 505 served). Not a
 * question that names its own subject ("How many words should a cover letter be? I'm applying …").
 */
function asksBareFormQuestionOfText(text: string): boolean {
  if (text.length > BARE_QUESTION_REACH) return false;
  // Sentences across lines too: "How many chars?\nThe the cat sat." holds its text on the next line.
  const sentences = text.split(SENTENCE_OR_LINE_END).filter((sentence) => /\p{L}/u.test(sentence));
  return sentences.length >= 2 && sentences.some(isBareFormQuestion);
}

/** "How many words?", "How many words are there?", "Is this a question or a statement?", "Is this exactly 4 words?". */
function isBareFormQuestion(sentence: string): boolean {
  if (sentence.length > BARE_SENTENCE_REACH || (!/[?？]\s*$/u.test(sentence) && !BARE_REQUEST.test(sentence))) return false;
  if (FOREIGN_BARE_QUESTION.test(sentence)) return true;
  // A practice asked about, not a text: "Is passive voice ok?", "Should it be 500 words?", "Are contractions allowed?"
  // (a review of the first version, session 49: 1,039 of 1,880 such questions beside the asker's own sentence refused).
  if (PRACTICE_ASKED.test(sentence)) return false;
  const rest = sentence.replace(FORM_ASKED_BARE, ' ');
  if (rest === sentence) return false;
  // It points at a text ("Is this all caps?", "Should there be a comma?", "Does it end with a period?"), counts or
  // sorts what a text is ("How many words?", "Count the commas.", "A question or a statement?", "Which words are
  // capitalized?"), or is a few words ("Oxford comma?").
  const words = sentence.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  if (!POINTS_AT_TEXT.test(sentence) && words.length > ELLIPTIC_WORDS && !COUNTS_OR_SORTS.test(sentence)) return false;
  return (rest.match(/\p{L}[\p{L}'’]*/gu) ?? []).every((word) => BARE_QUESTION_WORDS.has(word.toLowerCase()));
}
const ELLIPTIC_WORDS = 3;
/** A bare count or check in Spanish, German, French, Italian or Portuguese: "¿Cuántas palabras?", "Gibt es Fehler?". */
const FOREIGN_BARE_QUESTION =
  /^\s*¿?\s*(?:cu[aá]nt[ao]s\s+(?:palabras|letras|frases|oraciones|caracteres|s[ií]labas|comas)|hay\s+(?:errores|faltas)|wie\s+viele\s+(?:w[öo]rter|buchstaben|s[äa]tze|zeichen|silben)|gibt\s+es\s+fehler|combien\s+de\s+(?:mots|lettres|phrases|caract[eè]res|syllabes)|est-ce\s+(?:correct|juste)|y\s+a-t-il\s+des\s+(?:fautes|erreurs)|quant[ei]\s+(?:parole|lettere|frasi)|quantas\s+(?:palavras|letras|frases)|h[aá]\s+erros)\s*[?？]\s*$/iu;
const BARE_SENTENCE_REACH = 200;
const PRACTICE_ASKED = /\b(?:ok|okay|allowed|fine|acceptable|appropriate|recommended|better|best|preferred|normal|common|proper|standard|necessary|required|needed|should\s+(?:i|it|we|you|they)|can\s+(?:i|we|you)|do\s+(?:i|we|you)|must|ideal)\b/iu;
const POINTS_AT_TEXT = /\b(?:this|these|it|there|here|that)\b/iu;
const COUNTS_OR_SORTS = /\b(?:how|number\s+of|count|or|which|what|any)\b/iu;
/** What a bare question asks of a text's form: all that asksForm reads, and a text's kind, case, sound and length. */
const FORM_ASKED_BARE = new RegExp(
  String.raw`\b(?:how\s+many|number\s+of|count)\s+(?:\w+\s+)?(?:words?|sentences?|characters?|letters?|syllables?|lines?|exclamation\s+(?:marks?|points?)|question\s+marks?|commas?|periods|full\s+stops?|semicolons?|colons?|punctuation\s+marks?|marks?|contractions?|articles?|capitals?|capital\s+letters|uppercase\s+letters|vowels?|consonants?|spaces?|clauses?|verbs?|nouns?|adjectives?|adverbs?|pronouns?)\b` +
    String.raw`|\b(?:an?\s+)?(?:question|statement|command|exclamation)\s+or\s+(?:an?\s+)?(?:question|statement|command|exclamation)\b` +
    String.raw`|\b(?:an?\s+)?(?:commas?|semicolons?|colons?|apostrophes?|hyphens?|dash(?:es)?|question\s+marks?|exclamation\s+(?:marks?|points?)|full\s+stops?|periods?|contractions?|typos?|mistakes?|errors?)\b` +
    String.raw`|\b(?:punctuated|spelled|spelt|capitali[sz]ed|written|phrased)\s+(?:properly|correctly|incorrectly|right|wrong|ok|okay)\b|\bgrammatical(?:ly\s+correct)?\b|\b(?:correct|proper)\s+(?:grammar|english|punctuation|spelling)\b` +
    String.raw`|\b(?:all\s+caps|all\s+(?:upper|lower)\s*case|(?:upper|lower|title|sentence)\s*case|alliterati\w+|a\s+palindrome|palindromic|an?\s+anagram|a\s+haiku|a\s+pangram|a\s+rhyme|rhymes?|(?:the\s+)?initials|passive(?:\s+voice)?|active\s+voice|(?:past|present|future)\s+tense|(?:what|which)\s+tense|a\s+(?:complete|full|run-on)\s+sentence|a\s+(?:sentence\s+)?fragment|a\s+run-on)\b` +
    String.raw`|\b(?:exactly|under|over|at\s+most|at\s+least|more\s+than|less\s+than|fewer\s+than)?\s*\d+\s+(?:words|characters|letters|syllables|sentences)\b|\b\d+[- ](?:word|character|letter|line)\s+(?:limit|maximum|max|minimum)\b` +
    String.raw`|\b(?:ends?|starts?|begins?|finish(?:es)?)\s+with\s+(?:a|an)\s+(?:period|full\s+stop|question\s+mark|exclamation\s+(?:mark|point)|capital(?:\s+letter)?|vowel|consonant|comma|number|digit)\b` +
    String.raw`|\b(?:length|size)\s+in\s+(?:words|characters|letters|bytes)\b|\b(?:the\s+)?(?:longest|shortest)\s+word\b|\b(?:in\s+)?alphabetical\s+order\b|\b(?:first|last|initial)\s+letters?\b|\ban?\s+acronym\b|\bsame\s+letter\b` +
    String.raw`|\b(?:what(?:'s|\s+is)\s+wrong|anything\s+wrong|well\s+written|(?:fix|correct)\s+(?:the\s+)?(?:typos?|grammar|spelling|punctuation|this|it)|expand\s+the\s+contractions|without\s+contractions|how\s+long|duplicate\s+words?)\b` +
    String.raw`|\b(?:oxford|serial)\s+comma\b|\brepeated\s+words?\b|\bchars\b|\bin\s+caps\b|\bformal\s+or\s+informal\b|\b(?:british|american)\s+or\s+(?:british|american)(?:\s+(?:spelling|english))?\b` +
    String.raw`|\b(?:in|written\s+in)\s+(?:capital|uppercase|lowercase|small)\s+letters\b|\b(?:capital|uppercase|lowercase)\s+letters\b|\b(?:properly|correctly)\s+capitali[sz]ed\b|\bcapitali[sz]ed\b|\bshouting\b|\btokens?\b`,
  'giu',
);
/**
 * A request about a text's form, given as an order: "Count the vowels.", "Check the grammar.", "Expand the contractions.".
 * Not "make", "give me", "tell me", which set the answer's own form ("Make it 100 words.", "Give me 3 sentences.").
 */
const BARE_REQUEST = /^\s*(?:please\s+)?(?:count|spell|identify|check|find|fix|correct|expand|rewrite)\b/iu;
/** The words a bare form question holds beside what it asks: pointers, auxiliaries, question words, adverbs of manner. */
const BARE_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how', 'what', 'which', 'is', 'are', 'was', 'were', 'be', 'does', 'do', 'did', 'has', 'have', 'had', 'should',
  'would', 'could', 'can', 'will', 'need', 'needs', 'this', 'that', 'it', 'these', 'those', 'there', 'here', 'in',
  'any', 'a', 'an', 'the', 'of', 'or', 'and', 'not', 'all', 'total', 'exactly', 'really', 'actually', 'properly',
  'correctly', 'correct', 'right', 'wrong', 'ok', 'okay', 'used', 'use', 'uses', 'using', 'contain', 'contains',
  'missing', 'extra', 'needed', 'required', 'allowed', 'many', 'much', 'count', 'number', 'so', 'then', 'now', 'again',
  'still', 'also', 'just', 'only', 'please', 'quick', 'check', 'i', 'me', 'tell', 'where', 'go', 'goes', 'belong',
  'written', 'sentence', 'phrase', 'line', 'text', 'you', 'see', 'for', 'hey', 'hi', 'rewrite', 'without', 'anything',
  'grammar', 'spelling', 'words', 'letters', 'sentences', 'start', 'starts', 'begin', 'begins', 'end', 'ends', 'with',
  'from', 'give', 'make', 'find', 'list', 'spell', 'name', 'identify', 'roughly', 'long', 'about', 'approximately',
  'fit', 'they', 'them', 'each', 'every',
]);
const BARE_QUESTION_REACH = 20_000;

/** Whether a length limit in the text is not one set on the answer: "The limit is 27 words. Is the bio within it?". */
function limitOnText(text: string): boolean {
  for (const match of text.matchAll(FORM_LIMITS)) {
    if (!LIMIT_ON_ANSWER.test(text.slice(Math.max(0, match.index - LIMIT_REACH), match.index))) return true;
  }
  return false;
}

/**
 * Whether two texts that ask about a text's form differ inside that text, not only in the request: their lines
 * (the first one cut after a label's colon: "Proofread my email: Dear Anna, …") are compared one by one, and a
 * line that differs must be the one that asks ("Please check this sentence for mistakes" / "Check this sentence
 * for mistakes" is the same request). A line added, dropped, split or joined is a change to the text.
 */
export function formChangedInText(query: string, candidate: string): boolean {
  const left = segments(query);
  const right = segments(candidate);
  if (left.length !== right.length) return true;
  // A greeting before the question is the asker's where the text stands on lines of its own.
  return left.some((line, index) => line !== right[index] && textChangedInLine(line, right[index]!, left.length > 1));
}

/**
 * Whether two differing lines differ in the text, not only in the request: a line that asks about the form is the
 * request, unless it holds sentences of the text too ("Does the writer use the serial comma? We discussed budgets,
 * staffing, and travel.", or a pasted paragraph that mentions a style guide): then its sentences are compared one by
 * one as lines are (a red team on long documents, session 37: a form word in a paragraph of the text exempted it).
 */
function textChangedInLine(left: string, right: string, greetingsAsked = false): boolean {
  if (QUIZ_INSTRUCTION.test(left) && QUIZ_INSTRUCTION.test(right)) return false;
  if (!asksForm(left) && !asksForm(right)) return true;
  // The sentences that do not ask, in order: the text. A text cut into other sentences is another text ("How many
  // sentences? I came. I saw. I won." / "… I came, I saw, I won."; a red team on judged texts, session 49).
  // A greeting before the question is the asker's ("Hello! How many words are in this sentence?\n\n…"; a review, session
  // 49: 146 of 196 such near-duplicates refused); on a line alone with the question it may be the text ("GOOD MORNING. Is
  // this all caps?").
  const textOf = (line: string) => {
    const sentences = line.split(SENTENCE_END);
    const asks = sentences.map(asksForm);
    const asking = asks.indexOf(true);
    // (Or where the text follows the question on its line: "Hey! How many characters is this tweet? Me and my friend …".)
    const textAfter = asking !== -1 && sentences.some((sentence, index) => index > asking && !asks[index] && /\p{L}/u.test(sentence));
    // Not where the question reads the asker's own message, its first words, its case or marks ("HELLO! Is the first
    // sentence in all caps?\nthanks", "Hi! How many words are in my whole message?"; a break test, session 49).
    const greetingApart = (greetingsAsked || textAfter) && asking !== -1 && HELD_TEXT_NAMED.test(sentences[asking]!) && !READS_OWN_MESSAGE.test(sentences[asking]!);
    return sentences.filter((sentence, index) => !asks[index] && !(greetingApart && index < asking && GREETING_SENTENCE.test(sentence))).join(' ');
  };
  return textOf(left) !== textOf(right);
}
const SENTENCE_END = /(?<=[.!?])[ \t]+/u;
/** A question about a text held apart from the asker's words: "this sentence", "the following text", "this tweet". */
const HELD_TEXT_NAMED = /\b(?:this|these|the|following|below|above)\s+(?:following\s+)?(?:sentences?|tweets?|texts?|paragraphs?|passages?|phrases?|reviews?|e-?mails?|posts?|comments?|quotes?|captions?|titles?|headlines?|slogans?|lyrics?|poems?)\b/iu;
/** A question that reads the asker's own message, its first words, its case or its marks. */
const READS_OWN_MESSAGE = /\b(?:message|line|first|my|whole|capital\w*|upper ?case|lower ?case|caps|exclamation|greeting)\b/iu;
const GREETING_SENTENCE = /^(?:hi|hello|hey|hiya|yo|greetings|good\s+(?:morning|afternoon|evening|day)|dear\s+\w+)(?:\s+(?:there|all|everyone|team|friend))?[\s!.,:;)(-]*$/iu;
const SENTENCE_OR_LINE_END = /(?<=[.!?])[ \t]+|\n/u;
/**
 * A quiz's instruction on how to answer, or the header of its options: part of the request, not of the text asked
 * about ("Explain your answer." / "Please explain your answer.", "Answer choices:" / "answer choices:").
 */
const QUIZ_INSTRUCTION =
  /^(?:please[ ,]+)?(?:just[ ,]+)?(?:(?:answer|explain|justify)\s+(?:with|in|your|why|the\s+(?:question|letter|number)|only|briefly)\b[^\n]{0,80}|give\s+(?:me\s+)?(?:just\s+|only\s+)?the\s+(?:answer|letter|number|option)\b[^\n]{0,80}|(?:answer\s+)?(?:choices|options)\s*:|why\s*[?!.]*|(?:thanks|thank\s+you|thx|cheers|ty)(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?\s*[!.]*)$/iu;

/**
 * A prompt cut into pieces to tell its request from a pasted text: its lines, the first cut after its first question
 * mark or colon when words follow ("Britisch oder amerikanisch? The colour is nice.", "Cuenta las palabras: We're
 * late."). Spaces are collapsed, and spaces before a mark dropped, as in `segments`.
 */
export function promptPieces(text: string): string[] {
  const lines = text.split('\n').map(pieceText).filter((line) => line.length > 0);
  const first = lines[0];
  const head = first === undefined ? null : HEAD_BEFORE_TEXT.exec(first.slice(0, HEAD_REACH));
  if (first !== undefined && head !== null) lines.splice(0, 1, head[1]!, first.slice(head[1]!.length).trim());
  return lines;
}

/** The first and the last of a text's pieces (promptPieces), found without cutting the whole text. */
export function endPieces(text: string): string[] {
  const trimmed = text.trim();
  const firstEnd = trimmed.indexOf('\n');
  const first = pieceText(firstEnd === -1 ? trimmed : trimmed.slice(0, firstEnd));
  const head = HEAD_BEFORE_TEXT.exec(first.slice(0, HEAD_REACH));
  const last = firstEnd === -1 ? (head === null ? '' : first.slice(head[1]!.length).trim()) : pieceText(trimmed.slice(trimmed.lastIndexOf('\n') + 1));
  return [head === null ? first : head[1]!, last].filter((piece) => piece.length > 0);
}

/** A line as pieces are compared: spaces collapsed, none before a mark or inside French quotes. */
function pieceText(line: string): string {
  return line.replace(/[ \t\r\u00a0\u202f]+/gu, ' ').replace(SPACE_BY_MARK, '').trim();
}
/** A one-line prompt's head: up to its first question mark (Greek's ";" too) or colon, with two words or more after it. */
const HEAD_BEFORE_TEXT = /^([^?？؟;;:：\n]{1,200}[?？؟;;:：])[ \t]*\S+[ \t]+\S/u;
/** A space before a closing mark or after an opening French quote. */
const SPACE_BY_MARK = / (?=[:;?!»？！：؟])|(?<=«) /gu;
const HEAD_REACH = 400;

function segments(text: string): string[] {
  // Split on the line break alone: a pattern with runs of spaces around it rescanned a long run from each position.
  // Spaces before a mark and inside French quotes are typing, not the text ("rapport : «" / "rapport: «").
  const lines = text.split('\n').map(pieceText).filter((line) => line.length > 0);
  const first = lines[0];
  const colon = first === undefined ? -1 : first.indexOf(': ');
  if (first !== undefined && colon > 0 && first.slice(colon + 2).trim().length > 0) lines.splice(0, 1, first.slice(0, colon), first.slice(colon + 2).trim());
  return lines;
}

function asksForm(line: string): boolean {
  return COUNTED_FORM.test(line) || FORM_WORDS.test(line) || FORM_LIMIT.test(line) || JUDGED_CORRECTNESS.test(line) || COPIES_TEXT.test(line) || isBareFormQuestion(line);
}

/**
 * A passage to read: a second line, a colon or a question before five or more words ("Does it use the serial comma?
 * We discussed budgets, staffing, and travel."), or a quotation of twenty characters or more.
 */
function holdsText(text: string): boolean {
  // Bounded repeats: a run of colons or of opening quotes made the unbounded forms quadratic (78 s and 400 s on 256 KB).
  return (/\S[ \t\r]*\n/u.test(text) && /\n[ \t\r]*\S/u.test(text)) || /:[ \t]*\S{1,100}(?:[ \t]+\S{1,100}){4}/u.test(text) || POINTED_QUESTION_BEFORE_TEXT.test(text) || POINTED_QUESTION_AFTER_TEXT.test(text) || /["“][^"“”]{20,400}["”]/u.test(text);
}
/**
 * A question that points at a text, then the text on the same line: "Does it use the serial comma? We discussed …",
 * "What is its length in words? We're waiting …". Not a question in general before the asker's own story ("Why do
 * people use the Oxford comma? My teacher says …"; a review, session 37).
 */
const POINTED_QUESTION_BEFORE_TEXT =
  /\b(?:its|this|these|here|below|following|the\s+(?:text|sentence|writer|author|paragraph|passage|message|e-?mail|list|line|note|post|tweet|draft)|(?:does|did|is)\s+it(?!\s+(?:okay|ok|fine|good|bad|right|wrong|true|possible|safe|normal|rude|polite|better|worth|necessary|common|correct|legal|allowed)\b))\b[^?？\n]{0,120}[?？][ \t]*\S{1,100}(?:[ \t]+\S{1,100}){4}/iu;

/**
 * A text, then on the same line a question that points at it: "The lamp sold out in May, and we restocked it in
 * June. How many commas are in the text?" (a red team on shared contexts, session 39).
 */
const POINTED_QUESTION_AFTER_TEXT =
  /[.!][ \t]+[^.?!\n]{0,80}\b(?:the|this|that|above)\s+(?:text|sentence|sentences|writer|author|paragraph|passage|message|e-?mail|line|note|post|tweet|draft|copy|wording)\b[^?？\n]{0,80}[?？][ \t]*$/iu;

/** "How many exclamation marks …", "the number of words", "count the sentences". */
const COUNTED_FORM =
  /\b(?:how\s+many|number\s+of|count(?:s|ing)?)\b[^.?!\n]{0,40}?\b(?:words?|sentences?|characters?|letters?|syllables?|lines?|items?|entries|paragraphs?|exclamation|question\s+marks?|commas?|periods|full\s+stops?|semicolons?|colons?|punctuation|marks?|contractions?|articles?|mistakes?|errors?|typos?|quot\w*|capitals?|uppercase|vowels?|consonants?|spaces?|bullets?|tokens?|steps?)\b/iu;
/**
 * What a text is judged for in its form: "any contractions", "quotation marks", "say please", "a UK audience"; a
 * grammar quiz's options ("Which sentence is punctuated correctly?", "… uses commas correctly?", "the correct
 * article": a red team on quizzes, session 40: a comma, an apostrophe or "a"/"an" changed inside an option was served,
 * 162 of 808).
 */
const FORM_WORDS =
  /\b(?:contractions?|punctuation|exclamation\s+(?:marks?|points?)|semicolons?|quotation\s+marks?|scare\s+quotes|in\s+quotes|capitali[sz]\w*|word\s+(?:count|limit)|character\s+(?:count|limit)|grammatical\w*|ungrammatical|grammar|spelling|spelt|spelled|typos?|house\s+(?:rule|style)|style\s+guide|(?:say|said|says|use|used|uses)\s+(?:please|thanks|thank\s+you)|(?:was|is|were|sound|sounds|seem|seems)\s+(?:(?:the|this|that|it|her|his|their)\s+)?(?:\w+\s+)?(?:polite|impolite|rude)|thank(?:ed|s)?\s+(?:anyone|anybody|someone|them|him|her|us)|british\s+or\s+(?:an\s+)?american|american\s+or\s+(?:a\s+)?british|london\s+or\s+new\s+york|(?:uk|us|british|american)\s+(?:audience|readers?|spelling|english|conventions|storefront|market|style)|(?:which|what)\s+country'?s\s+conventions|articles?\s+correctly|use\s+of\s+articles|(?:grammar|grammatical|spelling|language|writing|punctuation|article|tense)\s+(?:mistakes?|errors?)|sarcas\w*|numbers?\s+(?:under|below|over|above)\s+\w+\s+as\s+words|verbatim|word\s+for\s+word|exact\s+(?:words|wording|sentence|phrase)|quote\s+(?:the|a|any|each|every)\s+(?:\w+\s+)?(?:sentence|line|phrase|passage|words?)|corrections?|proofread\w*|(?:written|spelled|spelt|formatted|capitalised|capitalized|punctuated)\s+consistently|consistent\s+(?:spelling|style|formatting|capitali[sz]ation)|(?:uk|britain|england|london)\s+or\s+(?:in\s+)?(?:the\s+)?(?:us|usa|united\s+states|america|new\s+york)|(?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))\s+(?:item|line|entry|tag|step|word|bullet)s?|separate\s+(?:items?|lines?|entries|tags?)|one\s+of\s+the\s+(?:tags|items|entries|lines)|(?:use|uses|used|avoid|avoids|avoided|any|has|have|contain|contains)\s+shortened\s+forms?|written\s+out\s+in\s+full|(?:any|missing|extra)\s+(?:commas?|hyphens?|apostrophes?|dash(?:es)?|abbreviations?)|(?:any|the)\s+hyphenated\s+words?|(?:written|spelled|spelt)\s+the\s+(?:american|british)\s+way|punctuated\s+(?:correctly|properly|incorrectly)|(?:uses?|using)\s+(?:the\s+|an?\s+)?(?:commas?|apostrophes?|semicolons?|colons?|hyphens?|dash(?:es)?|articles?|capital\s+letters)\s+(?:correctly|properly|incorrectly)|correct\s+(?:articles?|punctuation)|(?:correctly|properly)\s+punctuated|(?:which|what)\s+(?:one\s+)?(?:of\s+(?:these|the\s+following)\s+)?(?:sentence|phrase)s?\s+(?:is|are)\s+(?:grammatically\s+)?(?:correct|incorrect)(?!\s+(?:about|regarding|for|on)\b)|(?:choose|select|pick|identify)\s+the\s+(?:correct|incorrect|grammatical|right)\s+(?:sentence|phrase)s?\b(?!\s+(?:about|regarding|for|on)\b))\b/iu;
/**
 * A task whose answer is the text itself, re-laid, re-cased, encoded or wrapped: every word and mark of the text is in
 * the answer, so a contraction, a synonym, a spelling or a number in words changes it ("Put each sentence on its own
 * line: It is late." / "It's late.", "Convert it to uppercase", "Base64-encode it", "Wrap it in HTML paragraph tags",
 * "Repeat it back to me unchanged", "Return it as a JSON string", "Number the sentences"; a red team on long
 * documents, session 37: 409 of 2,500 such edits served). Also what a text is asked about in its form that FORM_WORDS
 * lacked: the Oxford or serial comma, its length in words, what an American or British editor would change.
 */
const COPIES_TEXT = new RegExp(
  [
    String.raw`\b(?:each|every|one)\s+(?:sentence|word|clause|item|phrase)s?\s+(?:on|onto|in)\s+(?:(?:its|their)\s+own|a\s+(?:new|separate)|separate|new)\s+lines?\b`,
    String.raw`\b(?:sentence|word|item|clause|line)\s+per\s+(?:line|row|bullet|cell|item)\b`,
    String.raw`\b(?:line\s+break|new\s*line|blank\s+line)s?\s+(?:after|before|between)\s+(?:each|every|the)\b`,
    String.raw`\b(?:alphabeti[sz]e|sort)\s+(?:the\s+|its\s+)?(?:words|lines|sentences)\b`,
    String.raw`\b(?:put|place|wrap|enclose|format|insert|embed)\s+(?:it|this|that|everything|the\s+(?:text|above|message|sentence))\s+(?:in|into|inside|as)\s+(?:a\s+|an\s+)?(?:(?:markdown|html|yaml|json|xml|csv|sql|python|javascript)\s+)?(?:code\s+block|block\s*quote|quote\s+block|string|field|variable|column|cell|tag|literal|comment)\b`,
    String.raw`\b(?:quotation\s+marks|quotes|brackets|asterisks)\s+around\s+(?:each|every|it|this|that|the)\b`,
    String.raw`\b(?:write|spell|print|say)\s+(?:it|this|that|everything)\s+backwards\b|\brot[\s-]?13\b`,
    String.raw`\bin\s+(?:all\s+)?capital\s+letters\b`,
    String.raw`\b(?:start|begin|end|put|indent|replace|prefix|suffix|capitali[sz]e|add|insert|remove|delete|swap|label|bold|underline|italici[sz]e|quote|highlight)\b[^.?!\n]{0,40}?\b(?:each|every|all)\s+(?:of\s+the\s+)?(?:words?|lines?|sentences?|letters?|characters?|spaces?|commas?|vowels?)\b`,
    String.raw`\b(?:slang|informal|casual|colloquial|formal)\s+(?:words|terms|expressions|phrases)\b`,
    String.raw`\b(?:to|into|in|make\s+(?:it|this|that|everything)(?:\s+all)?)\s+(?:all\s+)?(?:lower|upper)[\s-]?case\b|\b(?:lower|upper)[\s-]?case\s+(?:it|this|that|everything|the\s+(?:text|sentence|message|whole))\b|\ball[\s-]caps\b|\bin\s+(?:block\s+)?capitals\b|\b(?:to|into|in)\s+(?:title|sentence|camel|snake|kebab|pascal)\s+case\b`,
    String.raw`\b(?:base[\s-]?64|url|percent|hex|html|uri)[\s-]?encode\b|\bencode\s+(?:it|this|that|everything|the\s+(?:text|sentence|message|string|above))\b|\b(?:to|into|in|as)\s+(?:morse(?:\s+code)?|binary|rot[\s-]?13|pig\s+latin|leet\s*speak|braille)\b`,
    String.raw`\bwrap\s+(?:it|this|that|each|every|everything|the\s+\w+)\b[^.?!\n]{0,40}?\b(?:tags?|quotes|quotation\s+marks|brackets|backticks)\b`,
    String.raw`\bescape\s+(?:it|this|that|everything|the\s+(?:text|sentence|message|string))\b`,
    String.raw`\b(?:number|enumerate)\s+(?:each|every|the|all)\s+(?:of\s+the\s+)?(?:sentences?|lines?|paragraphs?)\b`,
    String.raw`\b(?:split|break|divide)\s+(?:it|this|that|everything|the\s+(?:text|paragraph|message|email|passage|above))\s+(?:up\s+)?into\s+(?:separate\s+|individual\s+)?(?:sentences|lines|words|bullet\s+points|bullets)\b`,
    String.raw`\b(?:turn|convert|make|format|put|rewrite)\s+(?:it|this|that|everything(?:\s+above|\s+below)?|the\s+(?:text|paragraph|message|above))\s+(?:into|as|in)\s+(?:a\s+)?(?:numbered|bulleted|bullet[\s-]point)\s+list\b`,
    String.raw`\b(?:repeat|echo|copy|reproduce|retype)\s+(?:it|this|that|everything|the\s+(?:text|sentence|message|context|passage|above))\b[^.?!\n]{0,30}?\b(?:back|exactly|verbatim|unchanged|as\s+is|word\s+for\s+word)\b`,
    String.raw`\b(?:return|give|output|format|print)\s+(?:it|this|that|everything|the\s+(?:text|sentence|message))\s+(?:back\s+)?as\s+an?\s+(?:json|javascript|python|sql|csv|yaml|xml)?\s*(?:string|array|literal)\b`,
    String.raw`\breverse\s+(?:the\s+)?(?:order\s+of\s+(?:the\s+)?)?(?:words|sentences|letters|characters|lines)\b`,
    String.raw`\b(?:remove|strip|delete)\s+(?:all\s+)?(?:the\s+)?(?:punctuation|vowels|commas|periods|full\s+stops)\b`,
    String.raw`\b(?:oxford|serial|harvard)\s+comma\b|\bcomma\s+before\s+(?:the\s+)?["“']?and\b|\blength\s+in\s+(?:words|characters)\b|\bhow\s+long\b[^.?!\n]{0,20}?\bin\s+(?:words|characters)\b|\b(?:american|british|us|uk)\s+(?:editor|proofreader|copy\s*editor)s?\b`,
  ].join('|'),
  'iu',
);
/** A limit on the text's length: "under 30 words", "at most 280 characters". */
const FORM_LIMIT = /\b(?:(?:under|within|over|exceed\w*|at\s+most|at\s+least|no\s+more\s+than|fewer\s+than|less\s+than|more\s+than|maximum\s+(?:is\s+|of\s+)?|limit\s+(?:is\s+|of\s+)?|up\s+to)\s*\d+\s+(?:words|characters|letters|sentences|lines)|\d+[- ](?:word|character|letter|line)\s+(?:limit|maximum|max|minimum|cap))\b/iu;
const FORM_LIMITS = new RegExp(FORM_LIMIT.source, 'giu');
/** An instruction about the answer's length before a limit: "Answer in", "Keep your reply", "Explain … in". */
const LIMIT_ON_ANSWER = /\b(?:answer|answers|reply|replies|respond|response|responses|keep|explain|describe|summari[sz]e|tell\s+me|in)\b[^.?!\n]{0,30}$/iu;
const LIMIT_REACH = 48;
/** A sentence labelled or graded for correctness: "Label each sentence as CORRECT or INCORRECT", "What score out of 10". */
// Not a score reported ("a survey rated the platform 59 out of 100").
const JUDGED_CORRECTNESS = /\b(?:label|classify|mark|grade|judge|rate|score|check)\w*\b[^\n]{0,60}?\b(?:correct|incorrect|grammatical|ungrammatical|mistakes?|(?<!\d\s{0,3})out\s+of\s+\d+)\b/iu;
