import { LINE_BREAKS } from './pasted-politeness.ts';

/**
 * Lines of labelled items: "Monday: tacos. No dairy.\nTuesday: soup.", "Anna: keto. No alcohol.\nBen: vegetarian.",
 * "**Day 1** - Rome". Which item a note belongs to is the label line it stands under, so moving a line break across a
 * note moves the note to another item ("Monday: tacos.\nNo dairy. Tuesday: soup." has Monday's "no dairy" on Tuesday;
 * a red team on conditions, session 36: 544 of 1,200 such moves served). Where lines break inside an item, and in
 * the lines before the first label, is layout the verifier judges elsewhere (a review of a first version that made
 * every line break of such a text count refused 504 re-wrapped near-duplicates).
 */

/**
 * Whether the two texts have the same words, both lay out two or more labelled items, and an item starts at
 * another word on one side: a note moved between items. Words are compared lowercased, without marks; texts whose
 * words differ are left to the other rules.
 */
export function noteMovedBetweenItems(left: string, right: string): boolean {
  // Any line break a client may send (CRLF, a lone CR, U+2028 …), as the other rules of pasted text read them.
  if (left === right || !LINE_BREAKS.test(left) || !LINE_BREAKS.test(right)) return false;
  const [a, b] = [itemStarts(left), itemStarts(right)];
  if (a === undefined || b === undefined || (a.starts.length < 2 && b.starts.length < 2)) return false;
  if (a.words.length !== b.words.length || a.words.some((word, index) => word !== b.words[index])) return false;
  return a.starts.join() !== b.starts.join();
}

/** A text's words and the word index at which each labelled item starts, or undefined for a text too long to read so. */
function itemStarts(text: string): { words: string[]; starts: number[] } | undefined {
  if (text.length > MAX_CHARACTERS) return undefined;
  const words: string[] = [];
  const starts: number[] = [];
  for (const line of text.split(LINE_BREAKS)) {
    if (LABELLED_LINE.test(line)) starts.push(words.length);
    for (const word of line.toLowerCase().match(WORD) ?? []) words.push(word);
  }
  return { words, starts };
}

/**
 * A line that starts with a label of one to four words — bold or italic or not — and a colon or a dash: "Monday:
 * tacos.", "Day 2: Rome.", "**Monday:** tacos", "*Monday*: tacos", "Monday - tacos", "Anna — vegan", "Monday:tacos",
 * "Monday\u00a0: tacos" (a no-break space, as word processors and French typing put it), and "Monday:" alone on its
 * line before its item (a hostile review, session 36: those forms let a moved note through, and a label on its own
 * line read as a moved one); after an emoji ("🍽️ Monday: tacos"), and before an en or em dash typed with no space before it
 * ("Monday– tacos"; with none after either it joins words or a range: "Monday–Friday", "the fix—no luck"; a hyphen
 * needs both: "Wi-Fi" is a word). Up to six words, parted by spaces, commas or slashes, a date or a clock time among
 * them, and an arrow after ("Mon, Dec 5: tacos.", "Anna/Ben: vegan.", "12/5: soup", "9:00: budget review",
 * "Monday → tacos": a red team on constraint lists, session 39, found 1,164 notes moved under such labels served).
 */
const LABEL_WORD = String.raw`(?:\d{1,2}:\d{2}(?:[ \t\u00a0]?[ap]\.?m\.?)?|\d{1,4}(?:\/\d{1,4}){1,2}|[\p{L}\p{N}][\p{L}\p{N}'’]*)`;
const LABELLED_LINE = new RegExp(
  String.raw`^[ \t\u00a0]*(?:\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]*[ \t\u00a0]*)?(?:\*\*|__|\*|_)?` +
    String.raw`${LABEL_WORD}(?:(?:[ \t\u00a0]+|,[ \t\u00a0]*|[ \t\u00a0]*\/[ \t\u00a0]*)${LABEL_WORD}){0,5}(?:\*\*|__|\*|_)?` +
    String.raw`(?:[ \t\u00a0]*[:：](?:\*\*|__|\*|_)?(?:[ \t\u00a0]+\S|(?=\p{L})|[ \t\u00a0]*$)|[ \t\u00a0]+-[ \t\u00a0]+\S|[ \t\u00a0]*[–—][ \t\u00a0]+\S|[ \t\u00a0]*(?:→|->|=>)[ \t\u00a0]*\S)`,
  'u',
);
const WORD = /[\p{L}\p{N}]+/gu;
/** Longer texts are not read for labelled items (a pasted document, not a plan typed by hand). */
const MAX_CHARACTERS = 64 * 1024;
