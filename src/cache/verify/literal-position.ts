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
