import { LINE_BREAKS } from './pasted-politeness.ts';

/**
 * Values pasted one per line and tallied: "Tags:\nPhoto\nGame\nPhoto\nWhich tags appear only once?", "Hours
 * logged:\napp 2\naudit 1\napp 8\nWhat's the total per project?". Where the question counts, groups or de-duplicates
 * the values, each is compared as a string is: "Photo" / "Photos", "gray" / "grey", "don't know" / "do not know" or
 * "audit 1" / "audits 1" is another value and another tally, which the verifier's word rules would accept as an
 * inflection, a spelling or a contraction (a red team on data prompts, session 40: 632 such pairs served; a one-line
 * CSV or a table is data-block.ts's).
 */

/**
 * Whether one text asks for a tally of values (TALLY_QUESTION) and the two texts, line for line, differ inside a run
 * of ITEM_RUN or more short lines (at most ITEM_WORDS words each, no sentence's end mark but a value's own): one value
 * changed. Texts with another number of lines are left to the other rules.
 */
export function talliedValueChanged(left: string, right: string): boolean {
  if (left === right || left.length > MAX_CHARACTERS || right.length > MAX_CHARACTERS) return false;
  if (!LINE_BREAKS.test(left) || !LINE_BREAKS.test(right) || (!TALLY_QUESTION.test(left) && !TALLY_QUESTION.test(right))) return false;
  const [a, b] = [left.split(LINE_BREAKS), right.split(LINE_BREAKS)];
  if (a.length !== b.length) return false;
  const [itemsA, itemsB] = [itemLines(a), itemLines(b)];
  return a.some((line, index) => line.trim() !== b[index]!.trim() && itemsA[index] === 1 && itemsB[index] === 1);
}

/** 1 for each line that stands in a run of ITEM_RUN or more short item lines, 0 for the others. */
function itemLines(lines: readonly string[]): Uint8Array {
  const marks = new Uint8Array(lines.length);
  let start = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && isItemLine(lines[index]!)) continue;
    if (index - start >= ITEM_RUN) marks.fill(1, start, index);
    start = index + 1;
  }
  return marks;
}

/** A line of one value: a few words, maybe a number, a bullet or a list number before it; no sentence, no heading. */
function isItemLine(line: string): boolean {
  const text = line.trim().replace(LIST_MARK, '');
  // Not a heading ("Favorite fruits:") nor a question.
  if (text.length === 0 || text.length > ITEM_CHARACTERS || /[?:]$/u.test(text)) return false;
  return text.split(/\s+/u).length <= ITEM_WORDS;
}

/** Questions that count, group or de-duplicate values. */
const TALLY_QUESTION =
  /\b(?:unique|distinct|duplicates?|duplicated|dedup\w*|de-duplicat\w*|mode|most\s+(?:common|frequent|popular)|least\s+(?:common|frequent)|how\s+many\s+times|appears?|occurs?|occurrences?|frequenc(?:y|ies)|value_counts|group\s*by|groupby|grouped|per\s+(?:project|category|tag|item|person|name|team|fund|type|group|value|label|status|region|product|color|colour|response)|pivot|tall(?:y|ies)|standardi[sz]\w*|count\s+(?:each|the\s+\w+|how|per|of\s+each)|total\s+(?:per|for\s+each|by)|how\s+many\s+(?:of\s+)?each|each\s+(?:value|tag|item|category|color|colour|response|status|name)|counts|different\s+(?:categories|types|values|items|kinds|names|tags|groups|options|answers|responses)|by\s+(?:item|category|type|name|group|region|product|team|person|tag|status|value|label|project))\b/iu;
const LIST_MARK = /^(?:[-*•]\s+|\d{1,3}[.)]\s+)/u;
const ITEM_RUN = 3;
const ITEM_WORDS = 4;
const ITEM_CHARACTERS = 40;
const MAX_CHARACTERS = 200_000;
