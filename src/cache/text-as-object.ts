import { LANGUAGES } from './verify/closed-lists.ts';

/** The language names of LANGUAGES as one alternation, for the regexes below that name a language. */
const LANGUAGE_NAMES = [...LANGUAGES].join('|');

/**
 * The text of a message's content for reading its instructions: a string, or the `text` of its text parts whatever
 * other fields they carry (`cache_control`, `citations`), which the key's own normalisation keeps apart.
 */
export function instructionText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts = content.flatMap((part) => {
    const { type, text } = (part !== null && typeof part === 'object' ? part : {}) as { type?: unknown; text?: unknown };
    return typeof text === 'string' && typeof type === 'string' && type.endsWith('text') ? [text] : [];
  });
  return texts.length > 0 ? texts.join('\n') : undefined;
}

/**
 * Whether a request's structured-output schema (chat `response_format`, the Responses API's `text.format`,
 * Anthropic's `output_format`) or one of its tools (`tools`, the older `functions`) sets a task on the user's text,
 * as instructsOnUserText reads a system prompt: a description or title that does ("Translate the user's message
 * into French"), or a name of such a task ("translate_text", "spellCheck", "extract_entities"). A structured-output
 * or tool-based app often states its task only there: with no system prompt, "See you tomorrow." was served the
 * translation of "Thanks! See you tomorrow." (a hostile tester, session 28). Bounded in depth and count, so a huge
 * schema costs one short walk. Errs towards the exact tier, as instructsOnUserText does.
 */
export function definitionsSetTextTask(request: Readonly<Record<string, unknown>>): boolean {
  const { names, texts } = definitionTexts(request);
  return texts.some((text) => text.length > 0 && namesTextTask(text, true)) || names.some((name) => NAMED_TASK.test(name) || IMPERATIVE_TASK.test(name) || ROLE_ON_TEXT.test(name));
}

/** The names (read as words: "translate_text", "translateText" → "translate text"), titles and descriptions of a request's schemas and tools. */
export function definitionTexts(request: Readonly<Record<string, unknown>>): { names: string[]; texts: string[] } {
  const found = { names: [] as string[], texts: [] as string[], visited: 0 };
  const text = request.text;
  const roots = [request.response_format, request.output_format, request.tools, request.functions, text !== null && typeof text === 'object' ? (text as { format?: unknown }).format : undefined];
  for (const root of roots) collectDefinitionTexts(root, found, 0);
  return { names: found.names, texts: found.texts };
}

/** Strings under `name`, `title` and `description` keys, at most DEFINITION_TEXTS of them, DEFINITION_DEPTH deep. */
function collectDefinitionTexts(value: unknown, found: { names: string[]; texts: string[]; visited: number }, depth: number): void {
  // Every value looked at counts: a schema of a million keys and no text took 3.6 s (a review, session 28).
  if (value === null || typeof value !== 'object' || depth > DEFINITION_DEPTH || isFull(found) || ++found.visited > DEFINITION_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (++found.visited > DEFINITION_NODES) return;
      collectDefinitionTexts(item, found, depth + 1);
    }
    return;
  }
  for (const key in value) {
    if (isFull(found) || ++found.visited > DEFINITION_NODES) return;
    const field = (value as Record<string, unknown>)[key];
    if (typeof field !== 'string') {
      collectDefinitionTexts(field, found, depth + 1);
    } else if (key === 'description' || key === 'title') {
      found.texts.push(field.slice(0, DEFINITION_CHARACTERS));
    } else if (key === 'name') {
      found.names.push(field.slice(0, DEFINITION_CHARACTERS).replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2').replace(/[_\-.]+/gu, ' ').trim());
    }
  }
}
const isFull = (found: { names: string[]; texts: string[] }) => found.names.length + found.texts.length >= DEFINITION_TEXTS;
const DEFINITION_DEPTH = 32;
const DEFINITION_TEXTS = 2_000;
/** Values (objects, arrays, fields, items) looked at, at most, and the characters of a name or a description read. */
const DEFINITION_NODES = 50_000;
const DEFINITION_CHARACTERS = 4_096;
/** A schema's or tool's name that is a task on a text by itself ("spell_check", "sentiment", "extract_entities"). */
const NAMED_TASK =
  /\b(?:translat\w*|proofread\w*|spell\s*check\w*|grammar\w*|rewrit\w*|rephras\w*|paraphras\w*|reword\w*|summari[sz]\w*|classif\w*|categori[sz]\w*|sentiment|transliterat\w*|tokeni[sz]\w*|redact\w*|anonymi[sz]\w*|extract\w*|detect\s+(?:language|tone|emotion|spam)|language\s+detect\w*|echo\w*|slugify|acronym\w*|anagram\w*|hashtag\w*|(?:title|snake|camel|kebab|pascal|upper|lower)\s*case\w*|escap\w*|lemma\w*|plurali[sz]\w*|romani[sz]\w*|initials|leet\w*|pig\s*latin|morse)\b/iu;

/**
 * Whether the instructions around a request's last user message make that message's text the object of a task
 * rather than a question: a system prompt or the Responses API's `instructions` that translates, corrects,
 * counts, echoes or classifies "the user's message" ("Translate the user message into French.", "Count the words
 * in the input.", "Is the user message a question or a statement?"), or an assistant turn that asks for a text to
 * work on ("Paste the text you want translated.") or offers spellings to pick from ("'colour' or 'color'?"). There
 * every wording, spelling, mark and courtesy of the text changes the answer ("Thanks! See you tomorrow." is
 * translated otherwise than "See you tomorrow."), and the verifier, which compares the two texts alone, would
 * accept them as one question. The caller then leaves the text out of the semantic tier: only an exact repeat is
 * served (RequestKey.text undefined).
 *
 * Read as written in English. It errs towards the exact tier: a system prompt that only mentions "the user's
 * message" in passing ("Reply to the user's message politely") costs semantic hits on its route, never a wrong one.
 *
 * `instructions`: the system prompts, `instructions` and the earlier turns, the assistant's too ("Translate everything I send
 * into French from now on."); `answered`: the assistant turn the user's message answers.
 *
 * @example instructsOnUserText(['Translate the user message into French.']) // true
 * @example instructsOnUserText([], 'Which spelling should the logo use: "colour" or "color"?') // true
 * @example instructsOnUserText(['You are a helpful assistant. Answer concisely.']) // false
 */
export function instructsOnUserText(instructions: ReadonlyArray<string | undefined>, answered?: string, turns: ReadonlyArray<string | undefined> = []): boolean {
  // Quoted options are a choice only in the turn the user answers, as a question: a system prompt's
  // 'Never use the words "cheap" or "discount"' names no choice for the user.
  // A question or a judgement about "the message" is read in the instructions only: in an earlier turn it is a
  // question of the conversation ("Which text editor is best for Python?"; a review, session 55).
  if (instructions.some((text) => text !== undefined && text.length > 0 && namesTextTask(text, true))) return true;
  return [...turns, answered].some((text) => text !== undefined && text.length > 0 && namesTextTask(text, false)) || (answered !== undefined && asksForText(answered));
}

/**
 * The answered turn asks for a text to work on or offers options to pick from, as a question: "What would you like
 * me to translate?", 'Which spelling should the logo use: "colour" or "color"?'.
 */
function asksForText(text: string): boolean {
  return /\?\s*$/u.test(text) && (QUOTED_OPTIONS.test(text) || TEXT_TASK.test(text));
}

/** `judged`: read the questions and judgements about the text too (instructions, not a conversation's turns). */
function namesTextTask(whole: string, judged: boolean): boolean {
  // A long system prompt is mostly context (a RAG prompt's documents): the session-29 rules read its start and its end
  // (reading all of it cost every request ~0.2 ms per KB).
  const long = whole.length > SCANNED_CHARACTERS * 2;
  const text = long ? `${whole.slice(0, SCANNED_CHARACTERS)}\n${whole.slice(-SCANNED_CHARACTERS)}` : whole;
  // Its middle is read for the plainest statement of a task only ("… Translate the user's message into German. …").
  if (long && TEXT_TASK.test(whole) && (USER_TEXT.test(whole) || intoLanguage(whole))) return true;
  // A task on the text named in the first person ("Respond with my message reversed.", a break test and an end-to-end
  // red team, session 51: 37 of 40 such prompts were not read).
  if (TASK_ON_MY_TEXT.test(text)) return true;
  const task = TEXT_TASK.test(text);
  const userText = USER_TEXT.test(text);
  const ownWords = OWN_WORDS.test(text);
  if (task && (userText || ownWords || intoLanguage(text))) return true;
  // The user's text put into a language whatever the verb ("Say the user's message in Spanish.", "Write what the user
  // says in Spanish."), or the user's own words named beside a language ("Give the Japanese for each sentence the
  // user sends."): a red team through the proxy, session 29, had 35 such system prompts served near-duplicates. Not
  // "Respond in English regardless of the language of the user's message", nor a language named elsewhere in a
  // prompt that mentions "the user's message" (a Thai restaurant's support bot).
  const language = LANGUAGE_WORD.test(text);
  if (language && (USER_TEXT_IN_LANGUAGE.test(text) || ownWords)) return true;
  // A task on a text with no object named is still one when it is the whole instruction: "Translate into French.",
  // "You are a spell checker.", "Echo back exactly what you receive.", "EN->ES", "English → French."
  if (ROLE_ON_TEXT.test(text) || IMPERATIVE_TASK.test(text.trimStart()) || languagePair(text)) return true;
  // A program or machine the assistant plays, code the user sends run, a condition on how the user types (session 58).
  if (MACHINE_ROLE.test(text) || RUNS_USER_CODE.test(text) || CASE_CONDITION.test(text)) return true;
  // A question or a judgement about the text itself, its writer or a property of it ("Is the user shouting?", "Does the
  // text contain any contractions?", "Identify whether the writer is a native speaker.", "Rate the politeness of each
  // message.", "Reply in the same tone and punctuation style as the user."): a hostile review through the proxy,
  // session 55, had 29 of 39 such system prompts served rewordings of their user text.
  if ((judged && (questionOnText(text) || JUDGED_WHETHER.test(text))) || PROPERTY_OF_TEXT.test(text) || SAME_FORM_AS_USER.test(text) || FORM_OF_TEXT.test(text)) return true;
  // A task in another language ("Traduis chaque message en allemand.", "Korrigiere die Rechtschreibung.", "翻訳して"), or
  // in English words the rules above do not read ("Answer yes if it contains a typo", "Reply with the number of words",
  // "Point out every mistake", "If the user says please, …", "Return the input with errors fixed"): a hostile review at
  // the proxy, session 56, had 33 of 39 such prompts served near-duplicates. Read in the instructions only.
  if (judged && (foreignTask(text) || PLAIN_TASK.test(text))) return true;
  return language && (languageEquivalent(text) || LANGUAGE_ALONE.test(text) || languageSlots(text));
}

/**
 * A question asked of a third party's text in the instructions, none of the speakers named in it: "Is the user
 * shouting?", "How many words?", "Is the message polite? yes/no". Not one between the speakers ("What else can I
 * do?", "What would you like to know?").
 */
function questionOnText(text: string): boolean {
  if (!text.includes('?')) return false;
  for (const match of text.matchAll(QUESTION_SENTENCE)) {
    const question = match[0];
    if (QUESTION_OPENING.test(question) && !SPEAKERS.test(question) && TEXT_NOUNS.test(question)) return true;
  }
  return false;
}
/**
 * A verb of translating or correcting in another language, on the user's text: opening the instruction ("Traduis
 * chaque message en allemand.", "Korrigiere die Rechtschreibung.", "Tradúcelo.") or within a few words of a noun for the
 * user's message or text ("ユーザーのメッセージを英語に翻訳してください", "将用户的每条消息翻译成英文"). Not the assistant
 * correcting itself ("Korrigiere dich selbst", "corrige tu error"), a service's name ("servicio de traducción", "翻译公司")
 * or a style rule for its own replies ("korrekte Rechtschreibung"): an over-flagging study, session 56.
 */
function foreignTask(text: string): boolean {
  // Most instructions name none of the verbs: a plain search for their stems first (the full patterns, Unicode and
  // case-insensitive with lookarounds, cost ~0.1 ms per KB on every request with instructions).
  if (!FOREIGN_STEMS.test(text)) return false;
  if (FOREIGN_TASK_OPENING.test(text)) return true;
  for (const match of text.matchAll(FOREIGN_TASK_VERB)) {
    const at = match.index;
    const around = text.slice(Math.max(0, at - FOREIGN_TASK_REACH), at + match[0].length + FOREIGN_TASK_REACH);
    if (FOREIGN_USER_TEXT.test(around)) return true;
  }
  return false;
}
const FOREIGN_TASK_REACH = 40;
/** A stem of every verb of FOREIGN_VERBS and FOREIGN_TASK_VERB, for the plain search first. */
const FOREIGN_STEMS = /tradu|tradú|übersetz|vertaal|vertal|verbeter|tłumacz|перев|korrig|corrig|corrij|corregi|correg|исправ|çevir|düzelt|clasific|classif|klassifiz|zähl|popraw|посчитай|подсчитай|mets-le|mettez-le|翻|번역|纠正|校正|添削|교정|分类|分類|统计|数一数|분류/i;
const FOREIGN_VERBS = String.raw`clasifica|clasificar|classifie|classifiez|classifier|klassifiziere|klassifizieren|classifica|classificare|classifique|classificar|zähle|zählen|popraw|посчитай|подсчитай|traduis|traduisez|traduire|traduce|traducir|tradúce\p{L}*|traduza|traduzir|traduci|tradurre|übersetze|übersetzen|vertaal|vertalen|verbeter|przetłumacz|переведи|перевести|korrigiere|korrigieren|corrige|corrigez|corriger|corregir|corrija|corrigir|correggi|correggere|исправь|исправьте|исправить|çevir|düzelt`;
/** What may open the instruction before the verb: a courtesy. */
const FOREIGN_COURTESY = String.raw`(?:por\s+favor,?\s+|bitte,?\s+|s'il\s+(?:te|vous)\s+pla[iî]t,?\s+|per\s+favore,?\s+|proszę,?\s+|пожалуйста,?\s+|lütfen,?\s+)?`;
/** The assistant itself or what is its own, right after the verb: "corrige tu error", "Korrigiere dich". */
const SELF_AFTER = String.raw`(?![\s'-]{1,3}(?:te|toi|tu|tus|ton|ta|tes|vous|votre|vos|dich|dir|dein\p{L}*|ti|tuo|tua|tuoi|seu|sua|go|twój|twoje|się|себя|её|свой|своё|свою|свои|yourself)(?!\p{L}))`;
const FOREIGN_TASK_OPENING = new RegExp(String.raw`^\s*${FOREIGN_COURTESY}(?:${FOREIGN_VERBS}|mets-le\s+en|mettez-le\s+en)(?!\p{L})${SELF_AFTER}`, 'iu');
const FOREIGN_TASK_VERB = new RegExp(String.raw`(?<!\p{L})(?:${FOREIGN_VERBS})(?!\p{L})${SELF_AFTER}|翻译|翻譯|翻訳|번역|纠正|校正|添削|교정|分类|分類|统计|数一数|분류`, 'giu');
/** Nouns of the user's message or text, in the languages of FOREIGN_VERBS. */
const FOREIGN_USER_TEXT = /(?<!\p{L})(?:mensajes?|textos?|messages?|textes?|nachrichten?|nachricht|texte?|tekst\p{L}*|testo|testi|mensage(?:m|ns)|wiadomoś\p{L}*|сообщени\p{L}*|текст\p{L}*|mesaj\p{L}*|metn\p{L}*|metin\p{L}*|frases?|phrases?|sätze|satz|zinnen|zin|usuario|utilisateur|nutzers?|benutzers?|utente|usuário|gebruiker|użytkownika|пользовател\p{L}*|kullanıcı\p{L}*)(?!\p{L})|文本|消息|信息|句子|用户|メッセージ|テキスト|文章|ユーザー|메시지|텍스트|문장|사용자/iu;
/** English instructions on the user's text in words the task lists do not hold (see namesTextTask). */
const PLAIN_TASK = new RegExp(
  [
    String.raw`\b(?:it|this|the\s+(?:user(?:'s|’s)?\s+)?(?:message|text|input|sentence|word|string|essay|paragraph))\s+(?:contains?|has)\s+(?:a\s+|an\s+|any\s+)?(?:typos?|misspel\w*|spelling\s+(?:mistakes?|errors?)|grammar\s+(?:mistakes?|errors?)|grammatical\s+(?:mistakes?|errors?))\b`,
    String.raw`\b(?:if|whether)\s+there\s+(?:is|are)\s+(?:a\s+|an\s+|any\s+)?misspel\w*`,
    String.raw`\b(?:is\s+it|if\s+it\s+is|whether\s+it\s+is|is\s+(?:the|this)\s+(?:word|text|message|sentence))\s+(?:spelled|spelt)\s+(?:right|correctly|wrong|incorrectly)\b`,
    String.raw`\b(?:reply|respond|answer|return|output|give|count)\s+(?:with\s+)?the\s+number\s+of\s+(?:words|characters|letters|sentences|syllables|vowels)\b`,
    String.raw`\bhow\s+(?:polite|rude|formal|informal|friendly)\s+(?:it|this)\s+is\b`,
    String.raw`\b(?:if|whether)\s+(?:it|this|the\s+\w+)\s+(?:ends?|starts?|begins?)\s+with\s+(?:a\s+|an\s+)?(?:period|full\s+stop|question\s+mark|exclamation\s+(?:mark|point)|capital\s+letter|comma)\b`,
    String.raw`["”'’]\s+for\s+(?:questions|statements)\b`,
    String.raw`\b(?:if|whether)\s+(?:the\s+user|they|it|the\s+message)\s+(?:says|said|uses|used|includes?|included)\s+["“]?please\b|\bwhether\s+(?:the\s+user|they|it|the\s+message)\s+(?:says|said|uses|used)\s+["“]?(?:thank\s+you|thanks|sorry)\b|\bdoes\s+(?:it|this|the\s+\w+)\s+say\s+["“]?(?:please|thank\s+you|thanks|sorry)\b`,
    String.raw`^\s*(?:please\s+)?(?:find|list|identify|point\s+out|highlight|flag|mark)\s+(?:(?:every|each|all|any|the)\s+)?(?:mistakes?|errors?|typos?)(?:[.!:]?\s*$|\s+in\s+(?:the|this|each|every|my|their)\s+(?:text|message|sentence|input|essay|paragraph)s?\b)|\bpoint\s+out\s+(?:(?:every|each|all|any|the)\s+)?(?:mistakes?|errors?|typos?)\b(?!\s+in\s+your)`,
    String.raw`\b(?:the\s+)?input,?\s+(?:fixed|corrected)\b|\b(?:input|text|message)\s+with\s+(?:the\s+)?(?:errors|mistakes|typos)\s+(?:fixed|corrected)\b|\bversion\s+without\s+(?:typos|mistakes|errors)\b`,
    String.raw`\bthe\s+(?:${LANGUAGE_NAMES})\s+for\s+it\b|\b(?:respond|reply|answer)\s+with\s+(?:only\s+)?the\s+(?:${LANGUAGE_NAMES})[.!]?\s*$|\bsame\s+thing,?\s+but\s+in\s+(?:${LANGUAGE_NAMES})\b|\bsay\s+it\s+again\s+in\b`,
    String.raw`^\s*(?:please\s+)?(?:make\s+(?:it|this)\s+\w+er|improve\s+(?:it|this)|fix\s+(?:it|this))[.!]?\s*$`,
    // Its length or its marks as a program reads them, a key of an output that holds one ("Evaluate len() of the message",
    // {"ends_with_question_mark": bool}): a red team at the proxy, session 58. Not len() named beside other built-ins,
    // nor a key that holds another judgement ("is_question_about_billing"; a review of the first version).
    String.raw`\blen\s*\(\s*\)?\s+of\s+(?:the|each|every|this|their)\s+(?:user(?:'s|’s)?\s+)?(?:message|input|text|string|prompt)\b|\blen\s*\(\s*(?:message|msg|input|text|user_input|prompt)\s*\)|\b(?:ends|starts|begins)_with_[a-z_]+\b|\b(?:is_question|is_all_caps|is_uppercase|is_shouting|has_typos?|has_exclamation(?:_marks?)?)\b(?!_)`,
    String.raw`^\s*(?:please\s+)?(?:detect|spot|catch)\s+(?:(?:every|each|all|any|the)\s+)?(?:typos?|misspellings?|spelling\s+(?:mistakes?|errors?))\b`,
    // "Detect the language of the text", "You are a spam filter", "Check whether each word is spelled correctly".
    String.raw`\b(?:detect|identify|determine)\s+the\s+language\s+of\s+(?:the|each|every|this)\s+(?:text|message|input|sentence)\b|\byou\s+are\s+an?\s+spam\s+(?:filter|detector|classifier)\b|\bwhether\s+(?:each|every|the)\s+word\s+is\s+(?:spelled|spelt)\b`,
  ].join('|'),
  'i',
);
/** A sentence that ends in a question mark (bounded: a question is short). */
const QUESTION_SENTENCE = /[^.?!\n]{1,300}\?/g;
const QUESTION_OPENING = /^\s*(?:["“]\s*)?(?:is|are|does|do|did|was|were|has|have|how\s+many|how\s+much|how\s+long|which|what)\b/i;
const SPEAKERS = /\b(?:you|your|yours|i|my|me|we|our|us)\b/i;
const TEXT_NOUNS = /\b(?:the|this|each|every)\s+(?:writer|message|text|input|sentence|statement)\b(?!\s+(?:device|queue|editor|field|box|file|format)s?\b)|^\s*how\s+many\s+(?:words|characters|letters|tokens|sentences|syllables|vowels|lines)\s*\?/i;
/**
 * "Identify whether the writer is a native speaker", "Tell me if the message ends with a question mark", "Is the user
 * shouting?", "Does the user use the word please?": the writer judged, or the text by its form; not "Decide if the
 * message needs a human agent", "Is the user logged in?" (a review of a first version).
 */
const JUDGED_WHETHER =
  /\b(?:identify|determine|detect|decide|judge|check|tell(?:\s+me)?|say|state|indicate|answer)\s+(?:whether|if)\s+(?:the|this|each|every|a)\s+(?:(?:writer|author|speaker)\s+(?:is|was)\s+(?:a\s+native\s+speaker|fluent|sarcastic|polite|rude|formal|informal|angry|shouting|british|american|australian|canadian)\b|(?:user|sender)\s+(?:is|was)\s+(?:being\s+)?(?:sarcastic|shouting|yelling|polite|rude|formal|informal|angry|upset|joking|a\s+native\s+speaker)\b|(?:message|text|input|sentence|statement|phrase|word)s?\s+(?:ends?|starts?|begins?|uses?|contains?|has|have|is\s+written|sounds?|reads?|(?:is|are)\s+(?:polite|rude|formal|informal|grammatical|sarcastic|correct|misspelled)))\b|\b(?:is|was|are)\s+the\s+(?:user|sender|speaker|author|writer|customer)\s+(?:being\s+)?(?:shouting|yelling|polite|rude|sarcastic|formal|informal|angry|upset|excited|a\s+native\s+speaker)\b|\b(?:does|did)\s+the\s+(?:user|sender|speaker|author|writer|customer)\s+(?:use|say|write|type|spell|capitali[sz]e|punctuate|include|misspell)\b/i;
/** A property of the text asked for: "Rate the politeness of each message", "Describe the writing style of the message". */
const PROPERTY_OF_TEXT =
  /\b(?:rate|score|grade|assess|judge|measure|estimate|describe|identify|detect|determine|analy[sz]e|classify|give|return|report|state|output|evaluate|tell\s+me)\s+(?:the|its|their)\s+(?:[^\s.?!]+\s+){0,2}?(?:politeness|tone|style|formality|register|readability|reading\s+level|wording|spelling|grammar|punctuation|length|capitali[sz]ation|word\s+count|dialect|variety|intensity|fluency|sentiment|emotion|clarity|phrasing)(?:\s+\([^)]{0,40}\))?\s+of\s+(?:the|each|every|this|their|a)\s+(?:user(?:'s|’s)?\s+)?(?:messages?|texts?|input|sentences?|statements?|phrases?|writing|posts?|punctuation|wording|essays?|emails?|drafts?|submissions?|paragraphs?|english)\b/i;
/**
 * The answer in the user's own form: "Reply in the same tone and punctuation style as the user", "Match the user's tone";
 * not "Respond in the same language and tone as the user", a common assistant's prompt (a review, session 55).
 */
const SAME_FORM_AS_USER =
  /\bsame\s+(?:[\w-]+\s+){0,4}?(?:punctuation|style|spelling|capitali[sz]ation|formality|register|wording)\b[^.?!\n]{0,40}?\bas\s+(?:the\s+user|the\s+message|the\s+input|they|the\s+sender)\b|\b(?:match|mirror|mimic|copy|imitate)\w*\s+(?:the\s+user(?:'s|’s)?|their)\s+(?:[\w-]+\s+){0,2}?(?:tone|punctuation|style|spelling|capitali[sz]ation|formality|register|wording|writing)\b/i;
/** The form of a text named as the object: "the wording", "the punctuation" ("Suggest improvements to the wording."). */
const FORM_OF_TEXT = /\b(?:the|its|their)\s+(?:wording|phrasing|punctuation|capitali[sz]ation)(?:\s*[.!?]|\s*$|\s+of\s+(?:the|each|every|this|their)\s+(?:user(?:'s|’s)?\s+)?(?:messages?|texts?|input|sentences?|writing))|\bvariet(?:y|ies)\s+of\s+english\b|\b(?:british|american)\s+or\s+(?:british|american)\b/i;

/**
 * A source and a target language set as fields or a direction: "Input: English. Output: German.", "Source language:
 * English\nTarget language: German", "English in, German out". One field alone names the answer's language as often
 * ("Output language: English", "English in, English out": a review, session 29).
 */
function languageSlots(text: string): boolean {
  const named = new Set<string>();
  for (const match of text.matchAll(LANGUAGE_SLOT)) named.add((match[1] ?? match[2] ?? match[3]!).toLowerCase());
  return named.size >= 2;
}
/** Characters of a long instruction's start and of its end that are read. */
const SCANNED_CHARACTERS = 8_192;
const LANGUAGE_WORD = new RegExp(String.raw`\b(?:${LANGUAGE_NAMES})\b`, 'i');

/** A language set as a field ("Output: German", "source_lang=English") or a direction ("English in", "German out"). */
const LANGUAGE_SLOT = new RegExp(
  String.raw`\b(?:source|input|from|target|output|destination|to)[\s_-]*(?:language|lang|locale)?\s*[:=]\s*(${LANGUAGE_NAMES})\b|\b(${LANGUAGE_NAMES})\s+in\b|\b(${LANGUAGE_NAMES})\s+out\b`,
  'gi',
);
/** A language alone as the whole instruction: "Spanish please.", "Give the Spanish." (not "English only." nor "In English.", which set the answer's). */
const LANGUAGE_ALONE = new RegExp(String.raw`^\s*(?:(?:give|say|write)\s+(?:me\s+)?(?:the\s+|it\s+in\s+)?)?(?:${LANGUAGE_NAMES})(?:\s+please)?\s*[.!]?\s*$`, 'i');

/**
 * Another language's version of the text asked for ("the Spanish equivalent", "the German version", "a Spanish
 * interpreter", "say it in Italian"), not of a thing named after it ("the English version of the handbook").
 */
function languageEquivalent(text: string): boolean {
  for (const match of text.matchAll(LANGUAGE_EQUIVALENT)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    if (!OF_A_THING.test(after) || OF_USER_TEXT.test(after)) return true;
  }
  return false;
}
const OF_A_THING = /^\s+of\s+(?:the|a|an|our|your|this|that|its|their|his|her)\s/iu;
const OF_USER_TEXT = /^\s+of\s+(?:the|this|that|their|a)\s+(?:user(?:'s|’s)?\s+)?(?:message|input|text|sentence|phrase|word|words|string|utterance|post|line)s?\b/iu;

/** Two languages, or two language codes, joined as a direction: "English → French", "EN->ES", "en2de", "German to English". */
function languagePair(text: string): boolean {
  for (const match of text.matchAll(LANGUAGE_PAIR)) {
    const [from, to] = [match[1]!.toLowerCase(), match[2]!.toLowerCase()];
    if (from === to) continue;
    if (LANGUAGES.has(from) && LANGUAGES.has(to)) return true;
    if (LANGUAGE_CODES.has(from) && LANGUAGE_CODES.has(to) && match[0].slice(match[1]!.length, -match[2]!.length).trim() !== 'to') return true;
  }
  return false;
}
const LANGUAGE_PAIR = /(?<![A-Za-z0-9])([A-Za-z]+)\s*(?:->|-->|=>|→|⇒|➔|➡|>|\bto\b|2)\s*([A-Za-z]+)(?![A-Za-z0-9])/g;
/** ISO 639-1 codes of the languages most often translated between, joined only by an arrow or "2" ("EN->ES", "en2fr"). */
const LANGUAGE_CODES: ReadonlySet<string> = new Set([
  'en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'zh', 'ja', 'jp', 'ko', 'kr', 'ar', 'hi', 'tr', 'pl', 'sv', 'da', 'fi', 'el', 'he', 'cs', 'uk', 'ua', 'ro', 'hu', 'vi', 'th', 'id', 'ms', 'fa', 'ur', 'bn', 'ta', 'sw', 'ca',
]);

/** "into French", "English-to-French", "Output French": the text is to be translated (not "answer in English"). */
function intoLanguage(text: string): boolean {
  for (const match of text.matchAll(LANGUAGE_TARGET)) if (LANGUAGES.has(match[1]!.toLowerCase())) return true;
  return false;
}

/** Verbs and nouns of a task done to a text. ASCII without the `u` flag, as the rest: read on every request with instructions. */
const TEXT_TASK_WORDS = String.raw`translat\w*|proofread\w*|spell[- ]?check\w*|spelling|grammar\w*|rewrit\w*|rephras\w*|paraphras\w*|reword\w*|summari[sz]\w*|echo\w*|repeat\w*|count(?:s|ed|ing)?|classif\w*|categori[sz]\w*|label\w*|transliterat\w*|pars(?:e|es|ing)|tokeni[sz]\w*|revers\w*|capitali[sz]\w*|uppercase|lowercase|encod\w*|decod\w*|encrypt\w*|redact\w*|anonymi[sz]\w*|simplif\w*|shorten\w*|verbatim|characters?|letters|syllables|vowels|punctuat\w*|sentiment|tone\s+of|polite\s+or\s+rude|question\s+or\s+(?:a\s+)?statement|correct\s+(?:the\s+)?(?:spelling|grammar|mistakes|errors|typos)|detect\s+(?:the\s+)?(?:sentiment|tone|emotion|spam)|british\s+(?:or\s+american\s+)?spelling|render\w*|convert\w*|turn\w*|extract\w*|typos?|formal|caps|base64|positive\s+or\s+negative|how\s+many\s+(?:words|sentences|lines)|make\s+(?:it|this|the\s+\w+(?:\s+\w+)?|my\s+\w+)\s+(?:sound|more|less)|locali[sz]\w*|slug\w*|acronyms?|anagrams?|hashtags?|pig\s+latin|add\s+emojis?|emojis?\s+to|initials|lemmati[sz]\w*|plurali[sz]\w*|singulari[sz]\w*|stemm\w*|(?:snake|camel|kebab|pascal|title|sentence|upper|lower)[\s_-]?case|leet\w*|nato|phonetic\w*|morse|braille|alphabeti[sz]\w*|sort(?:s|ed|ing)?|escap\w*|literal|equivalent|version\s+of|transcri\w*|romani[sz]\w*|spell(?:s|ed|ing)?\s+(?:out|it|them|the|each)|subtitles?|abbreviat\w*|hyphenat\w*|conjugat\w*|rhym\w*|spam|grammati\w*|hash(?:es)?\s+(?:the|it|this|each)|contractions?|politeness|formality|readability|reading\s+level|flesch\w*|wording|phrasing|writing\s+style|backwards?|mirror\w*|normali[sz]\w*|alphabetical\w*|commas?|apostrophes?|sha-?\d+|md5|checksums?|how\s+many\s+(?:tokens|characters|letters|syllables)|reflect\w*\s+(?:\w+\s+){0,3}?back|say\s+(?:it\s+|them\s+)?back|native\s+speaker|shout\w*|exclamation\s+(?:marks?|points?)|question\s+marks?|variet(?:y|ies)\s+of\s+english|(?:british|american)\s+or\s+(?:british|american)|word\s+choice|more\s+concise|filler\s+words?|oxford\s+commas?|clich\w*|dialect|passive\s+(?:voice|constructions?|sentences?)|tighten\w*|(?:first|last)\s+(?:word|letter|character)s?|flow\s+of`;
const TEXT_TASK = new RegExp(String.raw`\b(?:${TEXT_TASK_WORDS})\b`, 'i');
/**
 * Words of a task on a text the instruction names in the first person (MY_TEXT, a few words away): the verbs and nouns
 * of TEXT_TASK, and what is asked of a text's form — a digest, a reversal, a cipher, its length, its digits, its marks
 * ("Reply with the SHA-256 hash of what I type.", "Respond with my message reversed.", "Does my message contain a
 * digit?", "Does my sentence end with a full stop?"). Read only beside MY_TEXT: "Ask for the last four digits" or
 * "the return period" are no task (a break test of a first version, session 51: 34 everyday system prompts flagged).
 */
const FORM_TASK = new RegExp(
  String.raw`(?:${TEXT_TASK_WORDS}|digits?|length|backwards?|mirror\w*|hash\w*|sha-?\d+|md5|checksums?|rot-?13|caesar|cipher\w*|quotes|quotation\s+marks|full\s+stop|word\s+count|palindromes?|spell|(?:ends?|starts?|begins?)\s+with|say\s+it\s+back|back\s+to\s+me|word\s+for\s+word)`,
  'i',
);
/** The user's text named in the first person: "my message", "what I type", "whatever I write", "I'll paste". */
const MY_TEXT = String.raw`(?:my\s+(?:own\s+)?(?:messages?|inputs?|texts?|sentences?|prompts?|phrases?|words?|strings?|posts?|lines?|spelling|grammar|writing|typing|names?|typos|mistakes|drafts?|emails?|paragraphs?)|(?:what|whatever|everything|anything)\s+I\s+(?:\w+\s+)?(?:type|write|send|say|enter|paste|give|input|submit)|(?:after|back\s+to)\s+me|(?:when|whenever|each\s+time|every\s+time|if)\s+I\s+(?:type|write|send|give|paste|enter|say)|(?:each|every|any)\s+(?:\w+\s+)?(?:words?|sentences?|lines?|messages?|names?|numbers?|texts?|phrases?)\s+I\s+(?:type|write|send|give|paste|enter|say)|I\s*(?:will|'ll|’ll|am\s+going\s+to)\s+(?:type|paste|send|write|give|enter)|did\s+I\s+(?:write|type|spell|use|capitali[sz]e|punctuate|put))`;
/**
 * A task and the first-person text in one clause, at most four words apart either way: "Respond with my message
 * reversed.", "ROT13 whatever I write.", "Give me the length of my text.", "Repeat after me."; not "Sorry, my message got
 * cut off. I meant: how do I convert USD to EUR?" (another sentence) nor "I'll send you what's in my fridge; suggest
 * recipes and convert temperatures" (the task is on another thing, further away).
 */
const TASK_ON_MY_TEXT = new RegExp(String.raw`\b${FORM_TASK.source}\b(?:[\s,;:"“”]+[\w'’-]+){0,4}?[\s,;:"“”]+${MY_TEXT}\b|\b${MY_TEXT}\b(?:[\s,;:"“”]+[\w'’-]+){0,4}?[\s,;:"“”]+${FORM_TASK.source}\b|\b(?:my\s+(?:spelling|grammar|punctuation|capitali[sz]ation|typos)|did\s+I\s+(?:spell|capitali[sz]e|punctuate)|parrot\s+me|copy\s+my\s+(?:message|text|words))\b`, 'i');
/** The user's text named as the object: "the user message", "the user's input", "each message", "the text below". */
const USER_TEXT =
  /\b(?:(?:the|each|every|this|any|their|a)\s+(?:user(?:'s|’s|s')?\s+)?(?:message|input|text|sentence|prompt|query|phrase|word|words|content|passage|paragraph|string|utterance|title|headline|post|tweet|caption|statement|submission)s?|user(?:'s|’s)?\s+(?:message|input|text|sentence|prompt|query|content|post|title|phrase|word|statement|writing)s?|(?:whatever|everything|what)\s+(?:the\s+user|they|you\s+are\s+given|you\s+receive|is\s+sent)|the\s+following|(?:given|provided|supplied|pasted)\s+(?:text|message|sentence|input))\b/i;
/**
 * A program or a machine the assistant plays, whose output is the user's input run ("I want you to act as a linux terminal.
 * I will type commands and you will reply with what the terminal should show", "act like a Python interpreter", "Emulate
 * bash", "You are psql connected to …", "You are an Ubuntu 22.04 server"): "echo Done." and "echo Done", "import this" and
 * "import this." print two things (a red team at the proxy and a review of the first version, session 58: the
 * awesome-chatgpt-prompts terminal and interpreter served them one answer). The role ends its phrase, and the words before
 * it hold no preposition: not an expert in one ("a Linux terminal expert", "a shell scripting tutor"), a dream's
 * interpreter, "a chatbot for Shell", "an AI in a terminal", "an analyst with Code Interpreter".
 */
const MACHINE_WORDS = String.raw`(?:terminal|console|shell|repl|command[- ]line(?:\s+(?:client|interface))?|command\s+prompt|cmd(?:\.exe)?|powershell(?:\s+[\d.]+)?|bash|zsh|psql|emulator|(?:python|javascript|js|node(?:\.js)?|ruby|php|perl|lua|bash|basic|lisp|scheme|haskell|sql|code|command)\s+interpreter|compiler|node(?:\.js)?|python3?|(?:ubuntu|linux|debian|windows|alpine|unix)(?:\s+[\d.]+)?\s+(?:server|machine|box|vm|system)|docker\s+container|ssh\s+session)`;
/** Machines "you are" may be without naming a product that is also a name ("You are Node, a friendly assistant"). */
const MACHINES_ONLY = String.raw`(?:terminal|console|shell|repl|command[- ]line(?:\s+(?:client|interface))?|command\s+prompt|psql|emulator|(?:python|javascript|js|node(?:\.js)?|ruby|php|perl|lua|bash|basic|lisp|scheme|haskell|sql|code|command)\s+interpreter|compiler|(?:ubuntu|linux|debian|windows|alpine|unix)(?:\s+[\d.]+)?\s+(?:server|machine|box|vm|system)|docker\s+container|ssh\s+session)`;
const MACHINE_END = String.raw`(?=\s*(?:[.,;:!)](?:\s|$)|$)|\s+(?:in|that|which|and|where|for|session|window|with|running|connected|of|on|to)\b)`;
const MACHINE_FILLER = String.raw`(?:(?:a|an|my|the)\s+)?(?:(?!(?:for|with|in|at|of|from|to|on|about|by|inside|within|like)\b)[\w.-]+\s+){0,4}?`;
const MACHINE_ROLE = new RegExp(
  String.raw`\b(?:act(?:ing)?\s+(?:as|like)|behave\s+(?:as|like)|pretend\s+(?:to\s+be|you\s+are)|simulate|emulate|role-?play)\s+${MACHINE_FILLER}${MACHINE_WORDS}${MACHINE_END}|\b(?:you\s+are|you're|you’re)\s+${MACHINE_FILLER}${MACHINES_ONLY}${MACHINE_END}`,
  'i',
);
/** Code the user sends, run: "Run the Python code I send and reply only with its output", "Execute whatever SQL the user types". */
const RUNS_USER_CODE =
  /\b(?:run|execute|evaluate|interpret)\s+(?:the\s+|whatever\s+|any\s+|each\s+|every\s+|all\s+)?(?:python|javascript|js|typescript|sql|bash|shell|powershell|ruby|php|code|commands?|quer(?:y|ies)|scripts?|snippets?)\b[^.?!\n]{0,40}?\b(?:i|the\s+user|they|users)\s+(?:send|sends|type|types|give|gives|write|writes|paste|pastes|enter|enters|provide|provides)\b/i;
/**
 * A condition on how the user types: "P1 if the user writes in all caps", "If the customer is shouting (writing in
 * capitals), de-escalate first", "if they write in CAPS, reply in CAPS", "caps lock on". Not a question about case
 * ("If the user asks about uppercase letters in passwords") nor letters used ("uses capital letters in a password").
 */
const CASE_CONDITION =
  /\b(?:if|when|whenever|unless|whether)\s+(?:the\s+(?:user|customer|client|sender|message|text|input)|they|someone|it)\s+(?:is\s+|are\s+)?(?:writ\w*|typ\w*|shout\w*|yell\w*)\s+(?:in\s+|with\s+)?(?:all\s+)?(?:caps\b|capitals\b|capital\s+letters|upper[- ]?case|lower[- ]?case|caps\s+lock)|\bcaps\s+lock\s+on\b|\b(?:if|when|whenever)\s+(?:the\s+(?:user|customer|client|sender)|they|someone)\s+(?:is|are)\s+(?:shouting|yelling)\b/i;
/** A role that works on texts: "You are a translator", "Act as a spell checker". */
const ROLE_ON_TEXT = new RegExp(String.raw`\byou\s+(?:translate|transliterate|rewrite|rephrase|paraphrase|proofread|transcribe|romani[sz]e|locali[sz]e|reverse|mirror|encode|decode|hash|echo|grade|score|rate|mark|assess)\s+(?!nothing\b|no\b)|\byou\s+are\s+eliza\b|\byou\s+convert\s+(?:\w+\s+){0,2}(?:spellings?|texts?|sentences?|messages?|words?|${LANGUAGE_NAMES})\b|\b(?:you\s+are|act\s+as|acting\s+as|you're|you’re|behave\s+as|be)\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,3}(?:translation\s+(?:engine|tool|service|bot|system)|translator|proofreader|spell[- ]?checker|grammar\s+checker|copy\s*editor|echo\s+bot|paraphraser|summari[sz]er|classifier|tokeni[sz]er|transliterator|sentiment\s+analy[sz]er|language\s+detector|(?:${LANGUAGE_NAMES}|sign[- ]language)\s+interpreter|interpreter\s+(?:between|from|for\s+(?:${LANGUAGE_NAMES}))|locali[sz]er|locali[sz]ation\s+(?:engine|tool|service|system|bot|assistant|api)|(?:slug|hashtag|acronym|anagram|subtitle|caption|regex|title|headline|alt[- ]text|meta[- ]title|initials)\s+generator|(?:[\w-]*case|text|string)\s+(?:formatter|converter|transformer)|formatter|normali[sz]er|slugifier|lemmati[sz]er|stemmer|transcriber|subtitler|rewriter|corrector|autocorrect\w*|encoder|decoder|(?:pos|part[- ]of[- ]speech)\s+tagger|annotator|labell?er|parrot|echo|mirror|mimic|[\w-]+\s+analy[sz]er|(?:text-to-speech|tts|text)\s+preprocessor|(?:tone|style)\s+checker)\b`, 'i');
/** An instruction that opens with the task, with or without its object: "Translate into French.", "Fix the typos.", "Score the essay." */
const IMPERATIVE_TASK =
  /^(?:please\s+)?(?:translate|correct|proofread|fix|rewrite|rephrase|paraphrase|reword|summari[sz]e|echo|repeat|count|classify|categori[sz]e|label|transliterate|parse|tokeni[sz]e|reverse|capitali[sz]e|encode|decode|redact|anonymi[sz]e|simplify|shorten|polish|edit|grade|score|convert|render|turn\s+(?:this|it|the|my)|check\s+my|make\s+my|locali[sz]e|slugify|lemmati[sz]e|plurali[sz]e|singulari[sz]e|alphabeti[sz]e|sort\s+the|spell\s+(?:out|the|it|each)|escape|transcribe|romani[sz]e|abbreviate|conjugate|hyphenate|lowercase|uppercase|mirror|normali[sz]e|say\s+(?:it|this|that|everything)\s+back|make\s+it\s+sound|make\s+this\s+(?:sound|more|less))\b/iu;
const LANGUAGE_TARGET = /\b(?:into|to|from|output(?:\s+only)?(?:\s+in)?|render(?:ed)?\s+(?:it\s+)?in)[\s-]+([A-Za-z]+)/gi;
/**
 * The user's own words named as what is worked on, by what they send: "whatever the user writes", "each sentence the
 * user sends", "the English line you receive", "the given title". ASCII, as the instructions are read.
 */
const OWN_WORDS =
  /\b(?:whatever|everything|anything)\s+(?:the\s+user|users?|they|you)\s+(?:\w+\s+)?(?:writes?|says?|sends?|types?|gives?|enters?|provides?|pastes?|submits?|inputs?|receives?|gets?|are\s+(?:given|sent))\b|\b(?:the|each|every|any)\s+(?:[\w-]+\s+){0,2}?(?:sentence|phrase|line|word|text|string|title|message|post|input|term|paragraph|headline|caption)s?\s+(?:that\s+)?(?:the\s+user|users?|they|you)\s+(?:writes?|says?|sends?|types?|gives?|enters?|provides?|pastes?|submits?|receives?|gets?|typed|wrote|said|sent|entered|gave|provided|pasted|submitted)\b|\b(?:given|provided|supplied|pasted|following)\s+(?:[\w-]+\s+)?(?:title|phrase|string|word|line|post|headline|caption)s?\b|\b(?:the\s+user|they)\s+(?:typed|wrote|entered|pasted|used)\b/i;
/** The user's text put into a language: "Say the user's message in Spanish.", "Write what the user says in Spanish." */
const USER_TEXT_IN_LANGUAGE = new RegExp(
  String.raw`\b(?:(?:the|each|every|their)\s+(?:user(?:'s|’s|s')?\s+)?(?:message|input|text|sentence|phrase|words?|string|utterance|post)s?|user(?:'s|’s)?\s+(?:message|input|text|sentence|words?)s?|(?:whatever|everything|what)\s+(?:the\s+user|they)\s+\w+)(?:\s+[\w']+){0,2}?\s+(?:in|into)\s+(?:${LANGUAGE_NAMES})\b`,
  'i',
);
/** A language's version of something: "the Spanish equivalent", "the German version", "a Spanish interpreter", "say it in Italian". */
const LANGUAGE_EQUIVALENT = new RegExp(
  String.raw`\b(?:${LANGUAGE_NAMES})\s+(?:equivalent|version|translation|subtitles?|rendering|interpreter|translator)\b|\b(?:say|write|express|put|give)\s+(?:it|this|that|them|each\s+\w+|every\s+\w+)\s+(?:back\s+)?in\s+(?:${LANGUAGE_NAMES})\b`,
  'gi',
);
const QUOTED_OPTIONS = /(?<![\p{L}\p{N}])["“'‘][^"“”'‘’\n]{1,40}["”'’](?!\p{L})\s*(?:,|\bor\b|\/)\s*["“'‘][^"“”'‘’\n]{1,40}["”'’](?!\p{L})/u;
