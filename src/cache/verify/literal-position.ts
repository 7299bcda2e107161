import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Whether a changed word is a value the answer must carry as typed, though no quotation marks say so: there a
 * spelling variant, an inflection, a hyphen or a synonym is another value, and StructuralVerifier turns such an
 * accepted difference into `different` (a red team on templated prompts, session 36: 217 keyword slots and 67
 * filter values served across spellings and synonyms):
 * - a keyword to target: the words after "keyword", "keyphrase" or "search term" ("… for the keyword jewellery" /
 *   "… jewelry", "the seed keyword: dog bed" / "dog beds": different markets, different searches), and after
 *   "starts with" / "ends with" ("an Amazon product title that starts with …");
 * - a filter's value in a request for a query, a formula or a filter over data: the words after a comparison in a
 *   condition ("where column C is cancelled" / "canceled", "rows where the category column equals sofa" /
 *   "couch"), after a field name ("orders with status cancelled", "the label localisation", "in the category
 *   jewellery") and before one ("from the jewellery category", "in the kid segment"). The literal of the query
 *   differs, and so does what it returns.
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
    if (KEYWORD_NOUNS.has(lower) || (lower === 'search' && SEARCH_TERMS.has(lowerAt(tokens, at + 1)))) {
      const from = afterKeywordNoun(tokens, lower === 'search' ? at + 2 : at + 1);
      if (from >= 0) markValue(tokens, from, positions, MAX_KEYWORD_WORDS);
    } else if (EDGE_VERBS.has(lower) && lowerAt(tokens, at + 1) === 'with') {
      markValue(tokens, at + 2, positions, MAX_KEYWORD_WORDS);
    } else if (data && COMPARISONS.has(lower) && inCondition(tokens, at)) {
      markValue(tokens, lowerAt(tokens, at + 1) === 'to' && lower === 'equal' ? at + 2 : at + 1, positions, MAX_VALUE_WORDS);
    } else if (data && (token.text === '=' || token.text === '==')) {
      markValue(tokens, at + 1, positions, MAX_VALUE_WORDS);
    } else if (data && FIELD_NOUNS.has(lower)) {
      const next = tokens[at + 1];
      // "status cancelled" (a value after the field), "the jewellery category" (before it).
      if (next?.kind === 'word' && !next.sentenceStart && !VALUE_STOPS.has(next.text.toLowerCase()) && !COMPARISONS.has(next.text.toLowerCase())) positions[at + 1] = 1;
      const before = tokens[at - 1];
      if (before?.kind === 'word' && !token.sentenceStart && !VALUE_STOPS.has(before.text.toLowerCase()) && DETERMINERS.has(lowerAt(tokens, at - 2))) positions[at - 1] = 1;
    }
  }
  return positions;
}

function lowerAt(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? '';
}

/**
 * Where the keyword itself begins after its noun at `at - 1`, or -1 when none is named there: past ":", "=" or "is"
 * ("the keyword: x"), a compound and its preposition ("keyword ideas for x", "keywords related to x") and an
 * article; right after the noun only when a determiner or a qualifier stands before it ("the keyword x", "seed
 * keyword x"), not in a compound ("keyword research tools", "keyword density").
 */
function afterKeywordNoun(tokens: readonly Token[], at: number): number {
  const word = (index: number) => (tokens[index]?.kind === 'word' && !tokens[index]!.sentenceStart ? tokens[index]!.text.toLowerCase() : '');
  let index = at;
  let linked = false;
  if (tokens[index]?.text === ':' || tokens[index]?.text === '=' || word(index) === 'is') {
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
  if (!linked && !KEYWORD_QUALIFIERS.has(lowerAt(tokens, at - 2)) && !KEYWORD_QUALIFIERS.has(lowerAt(tokens, at - 3))) return -1;
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

/** A comparison in a condition: a condition word ("where", "whose", "when", "if", "with", "only", "column") shortly before it. */
function inCondition(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - CONDITION_REACH; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    if (CONDITION_WORDS.has(token.text.toLowerCase())) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}

/** Whether the text asks for a query, a formula or a filter over data: a word that names one ("SQL", "pandas", "COUNTIFS"). */
function asksForDataQuery(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.kind === 'word' && DATA_QUERY_WORDS.has(token.text.toLowerCase())) return true;
  return false;
}

const KEYWORD_NOUNS: ReadonlySet<string> = new Set(['keyword', 'keywords', 'keyphrase', 'keyphrases']);
const SEARCH_TERMS: ReadonlySet<string> = new Set(['term', 'terms', 'query', 'phrase']);
/** Nouns a keyword noun makes a compound with: "keyword research", "keyword ideas for …". */
const KEYWORD_COMPOUNDS: ReadonlySet<string> = new Set([
  'ideas', 'idea', 'research', 'list', 'lists', 'suggestions', 'density', 'planner', 'tool', 'tools', 'difficulty', 'stuffing',
  'volume', 'volumes', 'ranking', 'rankings', 'strategy', 'clusters', 'cluster', 'gap', 'analysis', 'optimization',
  'optimisation', 'tracker', 'tracking', 'map', 'mapping', 'variations', 'variants',
]);
const KEYWORD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'about', 'around', 'on', 'related']);
/** Words before a keyword noun that make the words after it the keyword: "the keyword x", "seed keyword x". */
const KEYWORD_QUALIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'seed', 'focus', 'target', 'primary', 'main', 'exact', 'this', 'my', 'our', 'search']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const EDGE_VERBS: ReadonlySet<string> = new Set(['starts', 'start', 'starting', 'begins', 'begin', 'beginning', 'ends', 'end', 'ending']);
const MAX_KEYWORD_WORDS = 6;
const MAX_VALUE_WORDS = 3;
const COMPARISONS: ReadonlySet<string> = new Set(['is', 'equals', 'equal', 'contains', 'matches', 'isnt']);
const CONDITION_WORDS: ReadonlySet<string> = new Set(['where', 'whose', 'when', 'if', 'with', 'only', 'unless', 'whenever', 'column', 'field', 'cell']);
const CONDITION_REACH = 5;
/** Fields whose value a filter names next to them. */
const FIELD_NOUNS: ReadonlySet<string> = new Set(['status', 'label', 'tag', 'category', 'segment', 'channel', 'type', 'stage', 'priority', 'role', 'department', 'region', 'tier']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'each', 'every', 'any', 'that', 'this']);
/** Words that end a value: a value is a few content words. */
const VALUE_STOPS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'then', 'with', 'without', 'that', 'which', 'who', 'for', 'from', 'to', 'in', 'on', 'at', 'by', 'of',
  'is', 'are', 'was', 'were', 'be', 'not', 'the', 'a', 'an', 'please', 'using', 'via', 'as', 'than', 'into', 'over', 'under',
  'column', 'field', 'placed', 'ordered', 'sorted', 'grouped', 'newest', 'oldest', 'otherwise', 'else', 'cost', 'costs',
  'spent', 'were', 'has', 'have', 'had', 'where', 'when', 'if', 'i', 'we', 'you', 'it', 'they',
]);
/** Words that name a query, a formula or a filter over data. */
const DATA_QUERY_WORDS: ReadonlySet<string> = new Set([
  'sql', 'query', 'queries', 'formula', 'formulas', 'pandas', 'df', 'dataframe', 'spreadsheet', 'sheets', 'excel', 'jql', 'soql',
  'splunk', 'airtable', 'zapier', 'countif', 'countifs', 'sumif', 'sumifs', 'vlookup', 'xlookup', 'database', 'rows', 'filter',
  'postgresql', 'postgres', 'mysql', 'sqlite', 'bigquery', 'snowflake', 'mongodb', 'kusto', 'kql', 'graphql',
]);
