import { configEntry } from './data-block.ts';

/**
 * Marks and words that read as prose but are code's or a document's own, where the code is typed without a fence (a red
 * team on code edits, session 49): an "!" glued to a name on a line of code (Swift's and Kotlin's
 * force-unwrap: "let n = name!" / "let n = name"), and the text between a markup's tags or in a config value, which a
 * question reads as typed ("<p>I'm here</p>\n\nWhat's the innerHTML length?" / "<p>I am here</p>…", "banner = We are
 * open" / "We're open"; 87 of 336 served as a contraction or "please").
 */

/** Whether the two texts differ in an "!" glued to a name or a call on a line that assigns or calls: "let n = name!". */
export function codeBangsDiffer(query: string, candidate: string): boolean {
  return codeBangs(query) !== codeBangs(candidate);
}
function codeBangs(text: string): string {
  return (text.match(ASSIGNED_BANG) ?? []).join('|');
}
/**
 * An "!" or "!!" glued to the one name, call or index assigned ("let n = name!", "val n = user.name!!", "x = arr[0]!"),
 * closing the statement: not a remark's "Thanks!" on a line that also holds an equation ("If x = 5 … what is x + y?
 * Thanks!"; a review, session 49).
 */
const ASSIGNED_BANG = /(?<![=!<>])=(?!=)[ \t]*[\p{L}_$][\w$.()[\]]{0,80}!{1,2}(?=[ \t]*(?:$|[;),?\n]|\/\/))/gmu;

/**
 * Whether the two texts differ in the text between markup's tags or in a config's values; with `tagsOnly`, between tags
 * alone (quotes that differ in a code line's value, "x = 'hi'" / 'x = "hi"', are one string to most languages).
 */
export function markupTextDiffers(query: string, candidate: string, tagsOnly = false): boolean {
  return markupText(query, tagsOnly) !== markupText(candidate, tagsOnly);
}
function markupText(text: string, tagsOnly: boolean): string {
  // No tag and no config line without "<", "=" or ":": read nothing (22 ms for 256 KB of prose before; a review, session 50).
  if (!/[<=:]/u.test(text)) return '';
  // Config lines, read as data-block.ts reads them, with a lowercase key: "banner = We are open", "title: Hello".
  const ini: string[] = [];
  const yaml: string[] = [];
  const asking: string[] = [];
  for (const line of text.split('\n')) {
    const entry = configEntry(line);
    if (entry === undefined || !/^\p{Ll}|^_/u.test(entry.key)) asking.push(line);
    else (entry.separator === '=' ? ini : yaml).push(entry.value);
  }
  // Only where words outside the markup ask about it: "<p>What is machine learning?</p>" alone is the asker's question.
  const outside = asking.join('\n').replace(BETWEEN_TAGS, '><').replace(TAGS, ' ');
  if (!hasWords(outside, ASKING_WORDS)) return '';
  const parts: string[] = [];
  if (TAG.test(text)) for (const match of text.matchAll(BETWEEN_TAGS)) if (/\p{L}/u.test(match[1]!)) parts.push(match[1]!);
  if (tagsOnly) return parts.join('\n');
  // A config: a "[section]" or two "key = value" lines; YAML: two "key: value" lines under a word of YAML. Not a note's
  // "Note: I'm on a Mac." beside a Helm question, nor "F = ma" (a review, session 49).
  if (ini.length >= 2 || (ini.length === 1 && INI_SECTION.test(text))) parts.push(...ini);
  if (yaml.length >= 2 && YAML_TOPIC.test(text)) parts.push(...yaml);
  return parts.join('\n');
}
/** Whether a text has at least `count` words of two letters or more, read no further than the last one needed. */
function hasWords(text: string, count: number): boolean {
  let found = 0;
  for (const _ of text.matchAll(/\p{L}{2,}/gu)) if (++found >= count) return true;
  return false;
}
const TAGS = /<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>/gu;
const TAG = new RegExp(TAGS.source, 'u');
const ASKING_WORDS = 2;
const BETWEEN_TAGS = />([^<>\n]{1,500})</gu;
const INI_SECTION = /^[ \t]*\[[\w. -]{1,60}\][ \t]*$/mu;
const YAML_TOPIC = /\b(?:ya?ml|docker-compose|helm|kubernetes|k8s)\b|\.ya?ml\b/iu;
