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
  const found: string[] = [];
  for (const line of text.slice(0, MARK_REACH).split('\n')) {
    if (!CODE_LINE.test(line)) continue;
    for (const match of line.matchAll(GLUED_BANG)) found.push(match[0]);
  }
  return found.join('|');
}
/** A line of code: an assignment ("let n = …", "val n = …", "n := …") or a declaration. */
const CODE_LINE = /\b(?:let|val|var|const|string|int|auto|final)\s+[\p{L}_$][\w$]*\s*(?::\s*[\w<>?[\]]+\s*)?=(?!=)|[\w\])]\s*:?=(?!=)\s*[\w$(]/u;
/** An "!" or "!!" right after a name, a call or an index, closing the line or the expression: not "!=" nor a remark's "Thank you! `…`". */
const GLUED_BANG = /[\p{L}\p{N}_$)\]]!{1,2}(?=[ \t]*(?:$|[;),.?]))/gu;

/**
 * Whether the two texts differ in the text between markup's tags or in a config's values; with `tagsOnly`, between tags
 * alone (quotes that differ in a code line's value, "x = 'hi'" / 'x = "hi"', are one string to most languages).
 */
export function markupTextDiffers(query: string, candidate: string, tagsOnly = false): boolean {
  return markupText(query, tagsOnly) !== markupText(candidate, tagsOnly);
}
function markupText(text: string, tagsOnly: boolean): string {
  const slice = text.slice(0, MARK_REACH);
  // Only where words outside the markup ask about it: "<p>What is machine learning?</p>" alone is the asker's question.
  const outside = slice.replace(BETWEEN_TAGS, '><').replace(TAGS, ' ').replace(INI_VALUE, '').replace(YAML_VALUE, '');
  if ((outside.match(/\p{L}{2,}/gu) ?? []).length < ASKING_WORDS) return '';
  const parts: string[] = [];
  if (TAG.test(slice)) for (const match of slice.matchAll(BETWEEN_TAGS)) if (/\p{L}/u.test(match[1]!)) parts.push(match[1]!);
  if (tagsOnly) return parts.join('\n');
  for (const match of slice.matchAll(INI_VALUE)) parts.push(match[1]!);
  if (YAML_TOPIC.test(slice)) for (const match of slice.matchAll(YAML_VALUE)) parts.push(match[1]!);
  return parts.join('\n');
}
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>/u;
const TAGS = /<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>/gu;
const ASKING_WORDS = 2;
const BETWEEN_TAGS = />([^<>\n]{1,500})</gu;
/** An INI, .properties or .env line: "banner = We are open", "greeting=Hello there". */
const INI_VALUE = /^[ \t]*[\p{L}_][\w.-]*[ \t]*=[ \t]*([^\n]{1,500})$/gmu;
const YAML_TOPIC = /\b(?:ya?ml|docker-compose|helm|kubernetes|k8s)\b|\.ya?ml\b/iu;
const YAML_VALUE = /^[ \t]*[\p{L}_][\w.-]*:[ \t]+([^\n]{1,500})$/gmu;
const MARK_REACH = 100_000;
