import { SQL_KEYWORDS } from './closed-lists.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Whether a changed word is a value the answer must carry as typed, though no quotation marks say so: there a
 * spelling variant, an inflection, a hyphen or a synonym is another value, and StructuralVerifier turns such an
 * accepted difference into `different` (a red team on templated prompts, session 36: 217 keyword slots and 67
 * filter values served across spellings and synonyms):
 * - a keyword to target: the words after "keyword", "keyphrase", "key phrase", "search term" or "hashtag" ("… for the
 *   keyword jewellery" / "… jewelry", "the seed keyword: dog bed" / "dog beds": different markets, different
 *   searches), after "rank for" and "search volume for", and after "starts with" / "ends with" where a title, a
 *   name or a line is what starts ("an Amazon product title that starts with …"; not "Should I start with guitar?");
 * - a filter's value in a request for a query, a formula or a filter over data (a word that names one: SQL, pandas,
 *   Google Sheets, COUNTIFS…): the words after a comparison of a field ("whose colour is grey", "where column C is
 *   cancelled" / "canceled", "the category column equals sofa" / "couch"; not "when the table is very large"),
 *   after a value verb ("cells that say cancelled", "issues labelled localisation"), after a field name a filter
 *   names ("orders with status cancelled", "with the label localisation") and before one ("from the jewellery category", "in the kid
 *   segment"). The literal of the query differs, and so does what it returns.
 * Computed once per token list, in one pass with a bounded look around each token: linear in the text.
 */
export function inLiteralPosition(side: PreparedSide, start: number, end: number): boolean {
  if (start >= end) return false;
  const positions = literalPositions(side.raw);
  for (let at = start; at < end; at++) if (positions[side.origin[at]!] === 1) return true;
  return false;
}

function literalPositions(tokens: readonly Token[]): Uint8Array {
  let positions = POSITIONS.get(tokens);
  if (positions === undefined) POSITIONS.set(tokens, (positions = positionsOf(tokens)));
  return positions;
}
const POSITIONS = new WeakMap<readonly Token[], Uint8Array>();

function positionsOf(tokens: readonly Token[]): Uint8Array {
  const positions = new Uint8Array(tokens.length);
  const data = asksForDataQuery(tokens);
  markOptions(tokens, positions);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    const next = lowerAt(tokens, at + 1);
    if (KEYWORD_NOUNS.has(lower) || (TWO_WORD_KEYWORDS.has(lower) && KEYWORD_SECOND.has(next))) {
      const from = afterKeywordNoun(tokens, at, KEYWORD_NOUNS.has(lower) ? at + 1 : at + 2);
      if (from >= 0) markValue(tokens, from, positions, MAX_KEYWORD_WORDS);
    } else if (EDGE_VERBS.has(lower) && (next === 'with' || (next === 'in' && lower.startsWith('end'))) && namesTextBefore(tokens, at)) {
      markValue(tokens, at + 2, positions, MAX_KEYWORD_WORDS);
    } else if ((lower === 'rank' || lower === 'ranking' || lower === 'volume') && next === 'for' && !tokens[at + 2]?.sentenceStart) {
      // "How can my page rank for dog bed?", "the search volume for jewellery".
      markValue(tokens, ARTICLES.has(lowerAt(tokens, at + 2)) ? at + 3 : at + 2, positions, MAX_KEYWORD_WORDS);
    } else if (!data) {
      continue;
    } else if (COMPARISONS.has(lower) && comparesField(tokens, at)) {
      let from = at + 1;
      if (lower === 'equal' && next === 'to') from++;
      // "whose status is not cancelled", "… is set to cancelled", "… is marked as cancelled".
      if (lowerAt(tokens, from) === 'not') from++;
      if ((lowerAt(tokens, from) === 'set' && lowerAt(tokens, from + 1) === 'to') || (lowerAt(tokens, from) === 'marked' && lowerAt(tokens, from + 1) === 'as')) from += 2;
      markValue(tokens, from, positions, MAX_VALUE_WORDS);
    } else if (VALUE_VERBS.has(lower)) {
      // "cells that say cancelled", "cells containing cancelled", "issues labelled localisation".
      markValue(tokens, at + 1, positions, MAX_VALUE_WORDS);
    } else if (token.text === '=' || token.text === '==') {
      markValue(tokens, at + 1, positions, MAX_VALUE_WORDS);
    } else if (FIELDS_BEFORE_VALUE.has(lower) || FIELDS_AFTER_VALUE.has(lower)) {
      const after = tokens[at + 1];
      // "status cancelled" (a value after the field), "the jewellery category" (before it).
      // After a field only where a filter names it: "orders with status cancelled", "issues having the label …"; not
      // "the label colour of a chart", "the status field is optional".
      const filtered = FIELDS_BEFORE_VALUE.has(lower) && (FIELD_INTRODUCERS.has(lowerAt(tokens, at - 1)) || (ARTICLES.has(lowerAt(tokens, at - 1)) && FIELD_INTRODUCERS.has(lowerAt(tokens, at - 2))));
      if (filtered && after?.kind === 'word' && !after.sentenceStart && !VALUE_STOPS.has(next) && !COMPARISONS.has(next)) positions[at + 1] = 1;
      // "a status of cancelled".
      if (filtered && next === 'of' && tokens[at + 2]?.kind === 'word' && !VALUE_STOPS.has(lowerAt(tokens, at + 2))) positions[at + 2] = 1;
      const before = tokens[at - 1];
      if (FIELDS_AFTER_VALUE.has(lower) && before?.kind === 'word' && !token.sentenceStart && !VALUE_STOPS.has(before.text.toLowerCase()) && DETERMINERS.has(lowerAt(tokens, at - 2))) positions[at - 1] = 1;
    }
  }
  return positions;
}

/** Whether a text the answer writes is named shortly before "starts with": "a title that starts with", "a word ending with". */
function namesTextBefore(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - TEXT_NOUN_REACH; index--) {
    const token = tokens[index]!;
    if (token.kind === 'word' && TEXT_NOUNS.has(token.text.toLowerCase())) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}

/**
 * A comparison of a field with a value: "whose colour is grey", "where column C is cancelled", "where the category
 * column equals sofa", "if the order status is cancelled"; not "when the table is very large", "if the cell is
 * empty" (a condition, not a value).
 */
function comparesField(tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at - 1];
  if (subject === undefined || subject.kind !== 'word') return false;
  const lower = subject.text.toLowerCase();
  if (lowerAt(tokens, at - 2) === 'whose' || lowerAt(tokens, at - 3) === 'whose') return true;
  // A column by its letter ("column C is grey").
  if (/^[A-Z]{1,2}$/u.test(subject.text) && lowerAt(tokens, at - 2) === 'column') return true;
  // A column, a field or a field noun, in a condition: "where the category column equals sofa", "if the order status
  // is cancelled"; not "the status field is optional".
  if (lower !== 'column' && lower !== 'field' && !FIELDS_BEFORE_VALUE.has(lower) && !FIELDS_AFTER_VALUE.has(lower)) return false;
  for (let index = at - 2; index >= 0 && index >= at - CONDITION_REACH; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    if (CONDITION_WORDS.has(token.text.toLowerCase())) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}

function lowerAt(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? '';
}

/**
 * Where the keyword itself begins, reading from `at` (just past the keyword noun that starts at `noun`), or -1 when
 * none is named there: past ":", "=" or "is"
 * ("the keyword: x"), a compound and its preposition ("keyword ideas for x", "keywords related to x") and an
 * article; right after the noun only when a determiner or a qualifier stands before it ("the keyword x", "seed
 * keyword x"), not in a compound ("keyword research tools", "keyword density").
 */
function afterKeywordNoun(tokens: readonly Token[], noun: number, at: number): number {
  const word = (index: number) => (tokens[index]?.kind === 'word' && !tokens[index]!.sentenceStart ? tokens[index]!.text.toLowerCase() : '');
  let index = at;
  let linked = false;
  if (tokens[index]?.text === ':' || tokens[index]?.text === '=' || tokens[index]?.text === '-' || word(index) === 'is') {
    index++;
    linked = true;
  }
  if (KEYWORD_COMPOUNDS.has(word(index))) {
    if (!KEYWORD_PREPOSITIONS.has(word(index + 1))) return -1;
    index += 2;
    linked = true;
  } else if (KEYWORD_PREPOSITIONS.has(word(index))) {
    index += word(index) === 'related' && word(index + 1) === 'to' ? 2 : 1;
    linked = true;
  }
  // Unlinked, a qualifier before the noun and no verb after it ("My main keyword keeps dropping" is no keyword named).
  if (!linked && ((!KEYWORD_QUALIFIERS.has(lowerAt(tokens, noun - 1)) && !KEYWORD_QUALIFIERS.has(lowerAt(tokens, noun - 2))) || VERBS_AFTER_SUBJECT.has(word(index)))) return -1;
  if (ARTICLES.has(word(index))) index++;
  return index;
}

/** Marks the words of a value from `from`: up to `limit` words, ended by a mark, a new sentence or a word that ends a value. */
function markValue(tokens: readonly Token[], from: number, positions: Uint8Array, limit: number): void {
  let words = 0;
  for (let index = from; index < tokens.length && words < limit; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || (index > from && token.sentenceStart)) return;
    if (VALUE_STOPS.has(token.text.toLowerCase())) return;
    positions[index] = 1;
    words++;
  }
}

/**
 * Whether the text asks for a query, a formula or a filter over data: a word that names one ("SQL", "pandas",
 * "COUNTIFS", "Google Sheets", "Excel" capitalised), or two SQL keywords in capitals ("CREATE TABLE"). Not "formula",
 * "filter", "sheets" or "query" alone: baby formula, a water filter, bed sheets, "Quick query:".
 */
function asksForDataQuery(tokens: readonly Token[]): boolean {
  let capitals = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    if (DATA_QUERY_WORDS.has(lower)) return true;
    if (token.text === 'Excel' || (lower === 'sheets' && lowerAt(tokens, index - 1) === 'google')) return true;
    if (token.text.length > 1 && token.text === token.text.toUpperCase() && SQL_KEYWORDS.has(lower) && ++capitals >= 2) return true;
  }
  return false;
}

const KEYWORD_NOUNS: ReadonlySet<string> = new Set(['keyword', 'keywords', 'keyphrase', 'keyphrases', 'hashtag', 'hashtags']);
/** Nouns a keyword noun makes a compound with: "keyword research", "keyword ideas for …". */
const KEYWORD_COMPOUNDS: ReadonlySet<string> = new Set([
  'ideas', 'idea', 'research', 'list', 'lists', 'suggestions', 'density', 'planner', 'tool', 'tools', 'difficulty', 'stuffing',
  'volume', 'volumes', 'ranking', 'rankings', 'strategy', 'clusters', 'cluster', 'gap', 'analysis', 'optimization',
  'optimisation', 'tracker', 'tracking', 'map', 'mapping', 'variations', 'variants',
]);
const KEYWORD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'about', 'around', 'on', 'related']);
/** Words before a keyword noun that make the words after it the keyword: "the keyword x", "seed keyword x". */
const KEYWORD_QUALIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'seed', 'focus', 'target', 'primary', 'main', 'exact', 'this', 'my', 'our', 'search', '(']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Verbs that make a keyword noun the subject, not a label: "the search term appears …", "my keyword keeps dropping". */
const VERBS_AFTER_SUBJECT: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'keeps', 'keep', 'appears', 'appear', 'ranks', 'rank', 'shows', 'show', 'drops',
  'dropped', 'gets', 'get', 'needs', 'need', 'should', 'must', 'will', 'would', 'can', 'could', 'does', 'do', 'did', 'may', 'might',
  'goes', 'went', 'seems', 'looks', 'stays', 'became', 'becomes', 'isn', 'doesn',
]);
const EDGE_VERBS: ReadonlySet<string> = new Set(['starts', 'start', 'starting', 'begins', 'begin', 'beginning', 'opens', 'opening', 'ends', 'end', 'ending']);
/** What an answer writes that may have to start or end with given words. */
const TEXT_NOUNS: ReadonlySet<string> = new Set(['title', 'titles', 'headline', 'headlines', 'name', 'names', 'word', 'words', 'sentence', 'sentences', 'line', 'lines', 'slug', 'tagline', 'slogan', 'caption', 'subject', 'phrase', 'string', 'filename']);
const TEXT_NOUN_REACH = 10;
/** Two-word forms of a keyword noun: "key phrase", "key word", "search term", "search query". */
const TWO_WORD_KEYWORDS: ReadonlySet<string> = new Set(['key', 'search', 'focus']);
const KEYWORD_SECOND: ReadonlySet<string> = new Set(['phrase', 'phrases', 'word', 'words', 'term', 'terms', 'query', 'queries']);
const MAX_KEYWORD_WORDS = 6;
const MAX_VALUE_WORDS = 3;
const CONDITION_WORDS: ReadonlySet<string> = new Set(['where', 'when', 'if', 'with', 'only', 'unless', 'whenever']);
const CONDITION_REACH = 5;
const COMPARISONS: ReadonlySet<string> = new Set(['is', 'was', 'equals', 'equal', 'contains', 'matches', 'isnt', 'has']);
/** Verbs of data that name a value after them: "cells that say cancelled", "issues labelled localisation". */
const VALUE_VERBS: ReadonlySet<string> = new Set(['say', 'says', 'containing', 'labelled', 'labeled', 'tagged', 'marked']);
/** Fields whose value a filter names after them ("status cancelled", "the label localisation"). */
const FIELDS_BEFORE_VALUE: ReadonlySet<string> = new Set(['status', 'label', 'tag', 'category', 'segment', 'channel']);
/** Words before a field (or its article) that make the word after it a filter's value: "with status …", "have the label …". */
const FIELD_INTRODUCERS: ReadonlySet<string> = new Set(['with', 'have', 'has', 'having', 'of', 'by', 'in']);
/** Fields whose value a filter names before them ("the jewellery category", "the kid segment"). */
const FIELDS_AFTER_VALUE: ReadonlySet<string> = new Set(['category', 'segment', 'channel', 'department']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'each', 'every', 'any', 'that', 'this']);
/** Words that end a value: a value is a few content words. */
const VALUE_STOPS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'then', 'with', 'without', 'that', 'which', 'who', 'for', 'from', 'to', 'in', 'on', 'at', 'by', 'of',
  'is', 'are', 'was', 'were', 'be', 'not', 'the', 'a', 'an', 'please', 'using', 'via', 'as', 'than', 'into', 'over', 'under',
  'column', 'columns', 'field', 'fields', 'values', 'placed', 'ordered', 'sorted', 'grouped', 'newest', 'oldest', 'otherwise', 'else', 'cost', 'costs',
  'spent', 'were', 'has', 'have', 'had', 'where', 'when', 'if', 'i', 'we', 'you', 'it', 'they',
]);
/** Words that name a query, a formula or a filter over data. */
const DATA_QUERY_WORDS: ReadonlySet<string> = new Set([
  'sql', 'pandas', 'df', 'dataframe', 'spreadsheet', 'jql', 'soql', 'splunk', 'airtable', 'zapier', 'countif', 'countifs', 'sumif',
  'sumifs', 'vlookup', 'xlookup', 'database', 'postgresql', 'postgres', 'mysql', 'sqlite', 'bigquery', 'snowflake', 'mongodb',
  'kusto', 'kql', 'graphql',
]);

/**
 * The words of the answer's options, which the answer writes as typed (a red team on engineered prompts, session 41:
 * 1,200 of 3,500 pairs served with a synonym, a spelling or a hyphen in a label): a list after an instruction that
 * opens its sentence and names what to answer with ("Classify the ticket as cancelled, delivered or pending",
 * "Reply error, warning or info:", "Answer with yes, no or maybe"), a list in brackets ("[big, medium, small]"), the
 * keys a list names ("with name, phone and id as keys") and a few-shot example's output ("Label: big").
 */
function markOptions(tokens: readonly Token[], positions: Uint8Array): void {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const lower = token.text.toLowerCase();
    if (token.text === '[') {
      markList(tokens, at + 1, positions, true);
    } else if ((token.text === '=>' || token.text === '->') && fewShotArrows(tokens)) {
      // A few-shot example's output after an arrow: "a book => allowed".
      markLine(tokens, at + 1, positions);
    } else if (token.kind !== 'word') {
      continue;
    } else if (tokens[at + 1]?.text === ',' && positions[at] === 0) {
      markOneWordOptions(tokens, at, positions);
    } else if (OUTPUT_FIELDS.has(lower) && (token.sentenceStart || token.lineStart === true || at === 0) && tokens[at + 1]?.text === ':' && repeatedLabel(tokens, at)) {
      // A few-shot example's output: "Label: big", "Sentiment: positive".
      markLine(tokens, at + 2, positions);
    } else if (OPTION_VERBS.has(lower) && opensInstruction(tokens, at)) {
      // "Reply error, warning or info", or past the object to "as"/"with"/"from": "Classify the ticket as …".
      if (!markList(tokens, at + 1, positions, false)) {
        for (let index = at + 1; index <= at + OPTION_OBJECT_WORDS + 1 && tokens[index]?.kind === 'word' && !tokens[index]!.sentenceStart; index++) {
          if (OPTION_LINKS.has(lowerAt(tokens, index))) {
            markList(tokens, index + (lowerAt(tokens, index + 1) === 'one' && lowerAt(tokens, index + 2) === 'of' ? 3 : 1), positions, false);
            break;
          }
        }
      }
    } else if (KEY_NOUNS.has(lower) && lowerAt(tokens, at - 1) === 'as') {
      // "with name, phone and id as keys": the list before "as".
      let from = at - 1;
      while (from > 0 && at - from <= MAX_LIST_TOKENS && !tokens[from]!.sentenceStart && !(tokens[from - 1]!.kind === 'word' && KEY_LIST_OPENERS.has(lowerAt(tokens, from - 1)))) from--;
      markList(tokens, from, positions, false, at - 1);
    } else if (OPTION_NOUNS.has(lower) && (tokens[at + 1]?.text === ':' || lowerAt(tokens, at + 1) === 'are')) {
      markList(tokens, at + 2, positions, false);
    }
  }
}
/**
 * Whether arrows are a few-shot template: two or more lines with one, the last arrow open (nothing after it on its
 * line: "a book => allowed\nfireworks =>"); not a path of menus ("Settings -> Privacy -> Location is greyed out").
 */
function fewShotArrows(tokens: readonly Token[]): boolean {
  let known = FEW_SHOT_ARROWS.get(tokens);
  if (known === undefined) {
    let lines = 0;
    let last = -1;
    let lineOfLast = -1;
    let line = 0;
    for (let at = 0; at < tokens.length; at++) {
      if (tokens[at]!.lineStart === true) line++;
      if (tokens[at]!.text !== '=>' && tokens[at]!.text !== '->') continue;
      if (line !== lineOfLast) lines++;
      lineOfLast = line;
      last = at;
    }
    const next = tokens[last + 1];
    known = lines >= 2 && (next === undefined || next.lineStart === true);
    FEW_SHOT_ARROWS.set(tokens, known);
  }
  return known;
}
const FEW_SHOT_ARROWS = new WeakMap<readonly Token[], boolean>();
/** Whether a line's label ("Label:") opens another line of the text too: a few-shot template, not a heading ("Result: my cakes came out flat"). */
function repeatedLabel(tokens: readonly Token[], at: number): boolean {
  let counts = LABEL_COUNTS.get(tokens);
  if (counts === undefined) {
    counts = new Map();
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'word' || tokens[index + 1]!.text !== ':' || !(index === 0 || token.sentenceStart || token.lineStart === true)) continue;
      const lower = token.text.toLowerCase();
      if (OUTPUT_FIELDS.has(lower)) counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
    LABEL_COUNTS.set(tokens, counts);
  }
  return (counts.get(tokens[at]!.text.toLowerCase()) ?? 0) >= 2;
}
const LABEL_COUNTS = new WeakMap<readonly Token[], Map<string, number>>();
/** Marks up to MAX_OUTPUT_WORDS words from `from` to the end of its line or sentence. */
function markLine(tokens: readonly Token[], from: number, positions: Uint8Array): void {
  for (let index = from, words = 0; index < tokens.length && words < MAX_OUTPUT_WORDS && !tokens[index]!.sentenceStart && tokens[index]!.lineStart !== true; index++) {
    if (tokens[index]!.kind === 'word') {
      positions[index] = 1;
      words++;
    }
  }
}
/**
 * Marks a list of three or more one-word options that closes with "or" and its last one before a mark (not "and": a
 * list of things one has, "chicken, rice and broccoli"): "Is this
 * big, medium or small?", "Which is healthier: yoghurt, cheese or milk?". Each is what the answer names.
 */
function markOneWordOptions(tokens: readonly Token[], first: number, positions: Uint8Array): void {
  // What is compared is no option: "Which is better, Dyson or Roomba?".
  if (COMPARED.test(tokens[first]!.text)) return;
  const items = [first];
  let at = first;
  while (items.length < MAX_LIST_TOKENS) {
    const separator = tokens[at + 1];
    const item = tokens[at + 2];
    if (separator === undefined || item?.kind !== 'word' || item.sentenceStart || item.lineStart === true) return;
    const last = separator.kind === 'word' && separator.text === 'or';
    if (separator.text !== ',' && !last) return;
    const after = tokens[at + 3];
    if (last) {
      // Closed by "?" or ":" before the input to judge: "Is this big, medium or small? a 65-inch TV" (not "Should I
      // paint my kitchen grey, white or green?", the asker's own choice: a hostile review, session 41).
      if (items.length < 2 || after === undefined || !/^[?:]$/u.test(after.text) || tokens[at + 4] === undefined) return;
      items.push(at + 2);
      for (const index of items) positions[index] = 1;
      return;
    }
    // ", or": the last one after a comma.
    if (item.text === 'or') {
      at += 1;
      continue;
    }
    items.push(at + 2);
    at += 2;
  }
}
const COMPARED = /^(?:better|best|worse|worst|more|most|less|least|\p{L}+(?:er|est))$/iu;
/** Marks the words of a list from `from` (up to `until`): items parted by commas, "or", "and", "/" or "|"; true when one was found. */
function markList(tokens: readonly Token[], from: number, positions: Uint8Array, bracketed: boolean, until = tokens.length): boolean {
  let separators = 0;
  let end = from;
  for (; end < until && end - from < MAX_LIST_TOKENS; end++) {
    const token = tokens[end]!;
    if (end > from && (token.sentenceStart || token.lineStart === true)) break;
    if (bracketed ? token.text === ']' : LIST_ENDS.has(token.text)) break;
    if (token.text === ',' || token.text === '/' || token.text === '|' || (token.kind === 'word' && (token.text === 'or' || token.text === 'and'))) separators++;
  }
  if (separators === 0 || end - from < 3) return false;
  for (let index = from; index < end; index++) if (tokens[index]!.kind === 'word' && tokens[index]!.text !== 'or' && tokens[index]!.text !== 'and') positions[index] = 1;
  return true;
}
/** Whether a verb opens its sentence, "please" or not: an instruction ("Classify …", "Please reply …"). */
function opensInstruction(tokens: readonly Token[], at: number): boolean {
  if (at === 0 || tokens[at]!.sentenceStart || tokens[at]!.lineStart === true) return true;
  return lowerAt(tokens, at - 1) === 'please' && (at === 1 || tokens[at - 1]!.sentenceStart || tokens[at - 1]!.lineStart === true);
}
const OPTION_VERBS: ReadonlySet<string> = new Set(['classify', 'categorize', 'categorise', 'label', 'tag', 'mark', 'rate', 'answer', 'reply', 'respond', 'output', 'return', 'choose', 'pick', 'select']);
/** Words after an instruction's object that open its options: "as", "with", "from", "between", "one of". */
const OPTION_LINKS: ReadonlySet<string> = new Set(['as', 'with', 'from', 'between', 'into']);
const OPTION_NOUNS: ReadonlySet<string> = new Set(['labels', 'options', 'categories', 'classes', 'choices', 'values', 'keys', 'fields', 'tags', 'intents']);
const KEY_NOUNS: ReadonlySet<string> = new Set(['keys', 'fields', 'columns', 'properties', 'headers', 'attributes']);
const KEY_LIST_OPENERS: ReadonlySet<string> = new Set(['with', 'using', 'of']);
const OUTPUT_FIELDS: ReadonlySet<string> = new Set(['label', 'output', 'answer', 'category', 'sentiment', 'class', 'intent', 'tag', 'result', 'classification']);
const LIST_ENDS: ReadonlySet<string> = new Set(['.', '?', '!', ':', ';', '(', ')']);
/** The most words an instruction's object has before its options ("Classify the customer's ticket as …"). */
const OPTION_OBJECT_WORDS = 5;
const MAX_LIST_TOKENS = 24;
const MAX_OUTPUT_WORDS = 4;
