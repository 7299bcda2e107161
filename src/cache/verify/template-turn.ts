/**
 * The turn of a prompt that an application wraps in a template of its own (DESIGN.md §1, "verify"): a chat history
 * ("User: … \nAssistant:"), a RAG prompt ("Context: …\n\nQuestion: … \nAnswer:"), an instruction format ("###
 * Instruction:\n…\n\n### Response:"), tags ("<question>…</question>", "[INST] … [/INST]", "<|im_start|>user\n…").
 * Rules that read where a text starts or ends (a task before a pasted sentence, a statement typed with "?", an
 * article before the end) see the template's edges, not the turn's; so where two texts differ only inside one turn
 * that a label frames, the turn is verified again on its own (a red team on templates, session 43: 2,271 pairs served
 * whose turns alone are refused).
 */

/**
 * The turn in which two texts differ, with the labels around it set aside, when one frames it: a label that opens the
 * difference's line or a line above it ("User: …", "<question>…", "### Instruction:", "<|im_start|>user"; the topmost
 * with no answer's label between), a system prompt's first paragraph above it ("You are …"), or an answer's label or a
 * closing token after it ("Assistant:", "Answer:", "[/INST]"). A turn a label opens and none closes runs to the text's
 * end; one only closed opens at the difference's line. Undefined otherwise (a line of an ordinary prompt is read with
 * the rest of it), or where either turn holds no word.
 */
export function turnInsideFrame(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const { prefix, suffix } = sharedEnds(query, candidate);
  // Back to the label that opens the turn, in what both share: on the difference's line ("Question: Echo back: …",
  // "USER: … ASSISTANT:" typed on one line), or on a line before it with none of the answer's between ("Q: Translate
  // this email:\n\nThe launch moved.\n\nThanks!"); else the difference's own line.
  const opening = turnOpening(query, prefix) ?? afterSystemPrompt(query, prefix);
  const closing = turnClosing(query, query.length - suffix);
  if (opening === undefined && closing === undefined) return undefined;
  const start = opening ?? query.lastIndexOf('\n', prefix - 1) + 1;
  // A turn that a label opens and none closes runs to the text's end ("User: My sister: I got the job!\nMe: congrats\n
  // Is she happy about it?").
  const end = closing ?? (opening !== undefined ? query.length : lineEnd(query, query.length - suffix));
  if (start === 0 && end === query.length) return undefined;
  const tail = query.length - end;
  // A speaker's name alone on the last line is the answer's label no list names ("Customer: …\nAva:").
  const turn = (text: string) => text.slice(start, text.length - tail).replace(SPEAKER_LAST_LINE, '').trim();
  const turns = { query: turn(query), candidate: turn(candidate) };
  // Not a turn of marks alone ("Q: ?\nA:"): the whole texts say what they differ in.
  if (!WORD.test(turns.query) || !WORD.test(turns.candidate)) return undefined;
  return turns;
}

/**
 * Whether two texts differ only on lines that another line of them sets a task on, a task that works on their text
 * rather than answers it: "Translate the user's message into French.", "Classify the tone of the message", "Return
 * the message in JSON as {"text": …}", "Repeat the message back exactly", "Is the message a question or a statement?"
 * — in a system turn, an instruction above or below, or a block's header. There the lines are the text translated,
 * classified or copied: a courtesy, a closing mark, a contraction or a space added to it changes the answer (a red
 * team on shared contexts, session 44: 310 such pairs served where the task stood outside the lines that differ).
 * The task is read where a sentence opens with its verb, so a retrieved passage's "repeated calls" sets none.
 */
export function editInTextOfTask(query: string, candidate: string): boolean {
  const { prefix, suffix } = sharedEnds(query, candidate);
  // A courtesy on a line of its own before or after the text is the asker's ("Summarize the text:\n\n…\n\nThanks!").
  const [queryPart, candidatePart] = [query.slice(prefix, query.length - suffix), candidate.slice(prefix, candidate.length - suffix)];
  const added = queryPart.trim() === '' ? candidatePart : candidatePart.trim() === '' ? queryPart : '';
  if (added.includes('\n') && COURTESY_LINE.test(added)) return false;
  const linesStart = query.lastIndexOf('\n', prefix - 1) + 1;
  const after = query.indexOf('\n', query.length - suffix);
  const linesEnd = after === -1 ? query.length : after;
  if (linesStart === 0 && linesEnd === query.length) return false;
  const lines = (text: string) => {
    const part = text.slice(linesStart, text.length - (query.length - linesEnd));
    return part.length > TEXT_TASK_REACH ? `${part.slice(0, TEXT_TASK_REACH / 2)}\n${part.slice(-TEXT_TASK_REACH / 2)}` : part;
  };
  if (setsTextTask(lines(query)) || setsTextTask(lines(candidate))) return false;
  const [above, below] = [query.slice(Math.max(0, linesStart - TEXT_TASK_REACH), linesStart), query.slice(linesEnd, linesEnd + TEXT_TASK_REACH)];
  return setsTextTask(above) || setsTextTask(below) || asksMarkOrWord(above, false) || asksMarkOrWord(below, true);
}
function setsTextTask(text: string): boolean {
  return TEXT_TASK.test(text) || TEXT_PROPERTY_ASKED.test(text) || FORM_READ.test(text);
}
/**
 * Whether a line of `text` (not an assistant's or a system turn) asks about a mark or a word of a text it names ("Did my first
 * message end with a period?", "What is the last character of the input?"); `after` the lines that differ, also one
 * that asks the other side of a conversation about its own marks or words ("Did you use a comma?", "Did I say "film"
 * or "movie"?"). A red team on conversations and templates, session 54: 430 pairs served. Not the same words about
 * anything else ("How did the war end?", "I missed a period", "How do I get the last character of a string?", "Did you
 * use a dash of cumin?" in an assistant's turn, "What does the word "ubiquitous" mean?": a review of a first version).
 */
function asksMarkOrWord(text: string, after: boolean): boolean {
  if (!MARK_OR_WORD_CUE.test(text)) return false;
  return text.split('\n').some((line) => !ASSISTANT_LINE.test(line) && ((MARK_OR_WORD_ASKED.test(line) && NAMED_TEXT.test(line)) || (after && ASKED_OF_A_TURN.test(line))));
}
const MARK_OR_WORD_CUE = /\b(?:end|ends|ended|ending|finish\w*|close[sd]?|start\w*|begin\w*|began|terminate[sd]?|last|final|first|closing|punctuated|did|word|words|there|mark|type|typed|put|add|added|character|characters)\b/iu;
const ASSISTANT_LINE = /^\s*(?:assistant|model|ai|bot|chatbot|system)\s*:/iu;
/** A text the question names: "my first message", "the input", "what I wrote". */
const NAMED_TEXT =
  /\b(?:(?:my|your|the|that|this|its)\s+(?:(?:first|last|previous|earlier|original|own)\s+)?(?:message|text|input|sentence|reply|answer|response|slogan|quote|tweet|line|prompt|question|output|caption|title)|what\s+(?:i|you)\s+(?:first\s+|just\s+)?(?:wrote|typed|said|sent)|(?:character|word|letter|symbol|mark)s?\s+(?:i|you)\s+(?:first\s+|just\s+)?(?:wrote|typed|sent|used))\b/iu;
/** A question to the other side of a conversation about the marks or words of its turn: "Did you use a comma?". */
const ASKED_OF_A_TURN =
  /\bdid\s+(?:i|you)\s+(?:use|include|put|forget|miss|drop|type|write|say|spell)\s+(?:(?:a|an|any|the)\s+(?:full\s+stops?|periods?|commas?|apostrophes?|semicolons?|colons?|hyphens?|exclamation\s+marks?|contractions?)\b|["“'‘])/iu;
/**
 * A template that reads how the user typed: a question mark, capitals, a greeting or thanks, the first or last word,
 * the user's tone or wording ("Does the user's question end with a question mark?", "If the question does not begin
 * with a capital letter, refuse", "Reply yes if the user said hi", "Say if the customer is shouting", "using the
 * customer's own phrasing"; a review, session 44: 4,314 of 15,062 such pairs served at the start, 1,393 at the end).
 */
const FORM_READ =
  /\b(?:question\s+marks?|exclamation\s+marks?|capital\s+letters?|capitali[sz]\w*|upper-?\s?case|lower-?\s?case|all\s+caps|(?:first|last)\s+(?:word|letter)s?|each\s+word|(?:user|customer|student|client|caller)(?:'s|s')?\s+(?:own\s+)?(?:tone|energy|mood|wording|phrasing|capitals|marks|punctuation|register|style|spelling|grammar)|(?:user|customer|student|client|caller)\s+(?:said|says|typed|types|wrote|writes|ends|ended|starts|started|begins|began|uses|used|greets|greeted|thanks|thanked)\b|(?:user|customer|student|client|caller)\s+(?:is|was|sounds|seems)\s+(?:angry|upset|shouting|excited|calm|polite|rude|annoyed|relaxed|frustrated)|(?:back|question|message|text)\s+as\s+is\b|(?:option|wording)\s+(?:below\s+)?(?:did\s+)?the\s+user\s+typed?|did\s+the\s+user\s+type|matches\s+the\s+user'?s\s+wording)/iu;
/**
 * A question about a mark or a word another line holds: "Did my first message end with a period?", "What is the last
 * character of the input?", "Did you use a comma?", "How did my first message end?", "Did I say "film" or "movie"?",
 * "Did I use the word "kid"?" (a red team on conversations and templates, session 54: 430 pairs served where an
 * earlier turn or an input line lost its full stop, a comma or an apostrophe, or had a word for another).
 */
const MARK_OR_WORD_ASKED =
  /\b(?:end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|start|starts|started|begin|begins|began|terminate|terminates|terminated)\b[^.?!\n]{0,40}?\b(?:with|in|on)\s+(?:(?:a|an|the)\s+(?:full\s+stop|period|dot|comma|exclamation|question|apostrophe|colon|semicolon|[a-z]+\s+mark)|["'‘“][.,!?;:]["'’”])|\b(?:type|typed|put|add|added)\s+(?:a|an)\s+(?:full\s+stop|period|dot|comma|apostrophe|exclamation\s+mark|question\s+mark)\b|\bis\s+there\s+(?:a|an|any)\s+(?:full\s+stop|period|dot|comma|apostrophe|exclamation\s+mark|question\s+mark|semicolon|colon|hyphen|dash)s?\s+(?:in|at)\b|\bwhat\s+(?:mark|punctuation|character|symbol)\s+(?:closed|ended|ends|closes|ended|opened|starts|started|follows)\b|\b(?:full\s+stops?|periods?|dots?|commas?|apostrophes?|exclamation\s+marks?|question\s+marks?)\s+(?:at|in)\s+the\s+(?:end|start)\b|(?:\b(?:used|included|includes|contains|contained|forgot|missed|dropped|has|had)|\b(?:did|does|do)\s+(?:i|you|we|they|he|she|it|this|that|the\s+\w+)\s+(?:use|include|contain|put|forget|miss|drop|have))\s+(?:a|an|any|the)\s+(?:full\s+stops?|periods?|commas?|apostrophes?|semicolons?|colons?|dashe?s?|hyphens?|exclamation\s+marks?|contractions?)\b|\b(?:last|final|first|ending|closing)\s+(?:character|char|symbol|mark|punctuation)s?\b|\bhow\s+(?:did|does|do)\s+(?:my|the|your|it|that|this)\b[^.?\n]{0,40}\b(?:end|start|begin)\b|\bdid\s+(?:i|you|we|they|he|she|the\s+user)\s+(?:say|write|use|type|spell)\s+["“'‘]|\bthe\s+word\s+["“'‘]|\bdid\s+(?:i|you|we|the\s+user)\s+(?:sound|seem|thank|greet|apologi[sz]e)\b|\bpunctuated\s+as\b|\b(?:which|what)\s+words?\s+(?:in|did|does|do|of)\b|\b(?:longest|shortest)\s+words?\b|\bwords?\s+of\s+\w+\s+origin\b/iu;
// An instruction opening a sentence or a line whose verb works on a message's or a text's words. The object names the text worked on, after a determiner: "Translate the user's message", "Count the words"; not the
// answer's own form ("Always return your answer as plain text", "a field "text""; a review, session 44). Bounded
// spaces before the verb: a run of line breaks is read once.
const TEXT_TASK =
  /(?:^|[.!?:>\]][ \t]{0,4}|\n[ \t]{0,8})(?:please[ \t]+|(?:your task is|you will|you must|you should|always)[ \t]+(?:to[ \t]+)?)?(?:translate|rewrite|rephrase|paraphrase|proofread|repeat|echo|return|quote|summari[sz]e|classify|categori[sz]e|label|count|correct|reverse|spell|mirror|copy|reproduce|uppercase|lowercase)\b[^.\n]{0,60}?\b(?:the|this|that|each|every|following|their|its|my|your)[ \t]+(?:(?:user|customer|sender|client)'?s?[ \t]+)?(?:(?:original|first|previous|earlier|last)[ \t]+)?(?:message|text|input|sentence|review|e-?mail|tweet|comment|snippet|paragraph|post|words|characters)s?\b/iu;
/**
 * A question about the text's own form or mood, wherever it stands; its mistakes and its length too ("If the customer's
 * message contains mistakes, gently correct them first", "Begin with a corrected version of …", "state how many
 * characters the customer's message has", "the exact byte length of the message": a red team on shared contexts,
 * session 45, 212 such pairs served).
 */
const TEXT_PROPERTY_ASKED = /\b(?:tone|sentiment|formality|politeness|emotion)\s+of\s+(?:the|this|each|every|their|a)\s+(?:user'?s\s+|customer'?s\s+)?(?:message|text|input|sentence|review|e-?mail|tweet|comment|post)s?\b|\bquestion\s+or\s+(?:a\s+)?statement\b|\b(?:character|letter|word)\s+(?:for|by)\s+(?:character|letter|word)\b|\bverbatim\b|\b(?:as\s+(?:given|typed|written)|flawless|free\s+of\s+(?:errors|mistakes|typos)|spelling\s+(?:mistakes|errors)|say\s+back|restate)\b|\b(?:message|text|input|question|prompt|sentence|e-?mail|writing)s?\s+(?:contains?|has|have|with)\s+(?:any\s+|some\s+)?(?:mistakes|errors|typos|misspellings|slips)\b|\b(?:mistakes|errors|typos|misspellings)\s+in\s+(?:the|their|this|its)\s+(?:(?:user|customer|client)'?s?\s+)?(?:message|text|input|question|prompt)s?\b|\bcorrected\s+(?:version|copy|form)\b|\bcorrect\s+(?:them|it)\b|\b(?:how\s+many|number\s+of)\s+(?:characters|letters|words|bytes)\b[^.\n]{0,40}\b(?:message|text|input|question|prompt)s?\b|\b(?:byte|character|letter|word)\s+(?:length|count)\s+of\b/iu;
const COURTESY_LINE = /^\s*(?:thanks|thank you|thank you so much|thanks a lot|many thanks|thanks in advance|thx|ty|tia|cheers|please|hi|hello|hey)[\s!.,]*\p{Extended_Pictographic}?\s*$/iu;
/** How much of the text before and after the lines that differ is read for a task. */
const TEXT_TASK_REACH = 4_000;

/** How many characters both texts share at their start and, after that, at their end. */
function sharedEnds(query: string, candidate: string): { prefix: number; suffix: number } {
  const shortest = Math.min(query.length, candidate.length);
  let prefix = 0;
  while (prefix < shortest && query.charCodeAt(prefix) === candidate.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && query.charCodeAt(query.length - 1 - suffix) === candidate.charCodeAt(candidate.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** Where the asker's turn around `at` opens: after its label, on the line of `at` or on a line before it. */
function turnOpening(text: string, at: number): number | undefined {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // On the difference's own line: the last label before it.
  const inLine = lastMatch(INLINE_LABEL, text.slice(lineStart, at));
  let opening = inLine === undefined ? undefined : lineStart + inLine;
  // On a line before it, up to an answer's turn: the topmost, so that a speaker's line quoted inside the turn ("Q: Does
  // the guest sound annoyed?\n\nGuest: ok.\nA:") is read with the question about it.
  for (let lines = 0; lineStart > 0 && lines < TURN_LINES; lines++) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (OPENS_ANSWER.test(line)) break;
    // The end of a system prompt's block ("<</SYS>>"): the turn opens after it, whatever label opened the block.
    if (SYSTEM_BLOCK_END.test(line)) return lineStart;
    if (LABEL_LINE.test(line)) opening = lineStart;
    else {
      const label = OPENING_LABEL.exec(line);
      if (label !== null) opening = previousStart + label[0].length;
    }
    lineStart = previousStart;
  }
  return opening;
}
/**
 * Where the user's text opens after a system prompt that no label marks: a first paragraph that tells the assistant
 * who it is ("You are Orbit, the assistant …", "Act as …"), then a blank line (and a rule of dashes), before `at`.
 */
function afterSystemPrompt(text: string, at: number): number | undefined {
  if (!SYSTEM_PROMPT.test(text.slice(0, SYSTEM_PROMPT_REACH))) return undefined;
  const blank = BLANK_LINE.exec(text);
  if (blank === null || blank.index + blank[0].length > at) return undefined;
  return blank.index + blank[0].length;
}
const SYSTEM_BLOCK_END = /<<\/SYS>>[ \t]*$/u;
const SPEAKER_LAST_LINE = /\n[ \t]*\p{Lu}[\p{L}\p{N} _-]{0,30}:\s*$/u;
const SYSTEM_PROMPT = /^\s*(?:<s>)?\s*(?:\[SYSTEM\]|<<SYS>>|system:)?\s*(?:you are|you're|act as|you will act as|your role is|your name is|as an? (?:\w+ ){0,3}assistant)\b/iu;
const SYSTEM_PROMPT_REACH = 80;
const BLANK_LINE = /\n[ \t]*\n(?:[ \t]*-{3,}[ \t]*\n(?:[ \t]*\n)?)?/u;

/** Where the asker's turn around `at` closes: before the answer's label or a closing tag, on its line or a line after. */
function turnClosing(text: string, at: number): number | undefined {
  let lineStart = at;
  for (let lines = 0; lineStart <= text.length && lines < TURN_LINES; lines++) {
    const end = lineEnd(text, lineStart);
    const line = text.slice(lineStart, end);
    // Not at a speaker's line the turn quotes ("User: My sister: I got the job!\nMe: congrats\nIs she happy?\nAssistant:").
    if (lines > 0 && OPENS_ANSWER.test(line)) return lineStart - 1;
    const closing = CLOSING_IN_LINE.exec(line);
    if (closing !== null) return lineStart + closing.index;
    if (end === text.length) return undefined;
    lineStart = end + 1;
  }
  return undefined;
}
/** How many lines a turn is searched for its label: a pasted email's, not a document's. */
const TURN_LINES = 12;
function lineEnd(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next === -1 ? text.length : next;
}
/** Where the last match of a global regex ends in `text`, or undefined. */
function lastMatch(pattern: RegExp, text: string): number | undefined {
  let end: number | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) end = match.index + match[0].length;
  return end;
}

/** Who speaks a turn an application frames: the user's side, in English and the languages of western Europe. */
const ASKER = String.raw`(?:user|human|customer|client|question|query|input|instruction|prompt|request|message|q|text|patient|student|visitor|guest|caller|prompter|problem|task|instructions|user_message|user_input|usuario|pregunta|frage|nutzer|benutzer|cliente|domanda|utente|utilisateur|utilisatrice|vraag|gebruiker)`;
/** And the side that answers. */
const ANSWERER = String.raw`(?:label|category|sentiment|intent|assistant|ai|bot|chatbot|answer|response|output|reply|a|agent|model|gpt|support|system|tutor|teacher|doctor|completion|respuesta|antwort|réponse|reponse|risposta|resposta|atendente|asistente|assistente|antwoord)`;
/**
 * Special tokens a model's template puts before a label: "<s>", "<|begin_of_text|>", "<bos>"; spaces only after one, so
 * that no run of spaces is rescanned from each of its places (quadratic: a review, session 43).
 */
const LEAD = String.raw`(?:(?:<s>|<bos>|<\|[\w-]{1,30}\|>|‹｜[\w-]{1,30}｜>)+[ \t]*)?`;
/** A speaker's label in the forms templates type it, for the speakers `who`. */
const labelOf = (who: string) =>
  String.raw`(?:(?:#{1,4}[ \t]*|\*\*|>[ \t]*\*\*)?(?:the[ \t]+)?${who}(?:[ \t]+(?:says|said|asks|asked|wrote|writes|query|question|message|input))?(?:\*\*)?[ \t]*(?::|->|>|[ \t]-[ \t]|\))(?:\*\*)?|\[${who}\]|\{\{${who}\}\}:?|<<${who}>>|\(${who}\)|<${who}(?:_\w{1,20})?>|<\|${who}\|>|<\|im_start\|>${who}|<start_of_turn>${who}|<\|start_header_id\|>${who}<\|end_header_id\|>|<\|start_of_role\|>${who}<\|end_of_role\|>|<\|${who}_token\|>|<｜${who}｜>|<(?:b|strong)>${who}:?<\/(?:b|strong)>:?|${who}\t)`;
/** A label that opens a turn, at its line's start. */
const OPENING_LABEL = new RegExp(String.raw`^[ \t]*${LEAD}(?:${labelOf(ASKER)}|\[INST\]|👤)[ \t]*`, 'iu');
/** A label inside a line, after the template's own text: "… counter. Question: …", "… questions. USER: …". */
const INLINE_LABEL = new RegExp(String.raw`(?:^|(?<=[\s.!?:>]))${LEAD}(?:${labelOf(ASKER)}|\[INST\]|👤)[ \t]*`, 'giu');
/**
 * The answer's label or a closing tag inside a line, after the turn: "… ASSISTANT:", "…</question>", "… [/INST]". No
 * leading run of spaces (the turn is trimmed): from each space of a long run it was read again (180 s on 256 KB).
 */
const CLOSING_IN_LINE = new RegExp(String.raw`(?:(?<=\s)${ANSWERER}[ \t]*:|(?:<br\/?>)?<(?:b|strong)>${ANSWERER}:?<\/(?:b|strong)>|<｜${ANSWERER}｜>|<\|end_of_text\|>|🤖|<\/${ASKER}(?:_\w{1,20})?>|\[\/INST\]|\[\/${ASKER}\]|<\|im_end\|>|<\|end\|>|<\|eot_id\|>|<end_of_turn>|<\|endoftext\|>|<\|END_OF_TURN_TOKEN\|>|<｜end▁of▁sentence｜>)`, 'iu');
/** A line that is a label alone, with the turn on the lines after it ("### Instruction:", "USER", "<|im_start|>user"). */
const LABEL_LINE = new RegExp(String.raw`^[ \t]*${LEAD}(?:${labelOf(ASKER)}|\[INST\]|👤|#{1,4}[ \t]*${ASKER}|\*\*${ASKER}\*\*|[—–-]{1,2}[ \t]*${ASKER}[ \t]*[—–-]{1,2}|${ASKER}|<<\/SYS>>)[ \t]*$`, 'iu');
/** A line that opens the answer's turn after the asker's. */
const OPENS_ANSWER = new RegExp(String.raw`^[ \t]*${LEAD}(?:${labelOf(ANSWERER)}|🤖|#{1,4}[ \t]*${ANSWERER}[ \t]*$|\*\*${ANSWERER}\*\*[ \t]*$|[—–-]{1,2}[ \t]*${ANSWERER}[ \t]*[—–-]{1,2}[ \t]*$|${ANSWERER}[ \t]*$|<\/${ASKER}>|\[\/INST\]|<\|im_end\|>)`, 'iu');
/** A letter or a digit: a turn of one word is read on its own too ("Q: Sure.\nA:" / "Q: Sure?\nA:"). */
const WORD = /[\p{L}\p{N}]/u;
