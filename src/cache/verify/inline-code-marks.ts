/**
 * Markdown's inline-code marks typed on one side only: "What does `git stash` do?" / "What does git stash do?",
 * "How do I use `useState` in React?" / "… useState …" ask one thing (a near-duplicate helper's, session 28: 21 of
 * its 603 pairs were refused for the marks alone). Returns both texts with the marks taken off the side that has
 * them, for the verifier to compare as prose; undefined where the marks may be the question or the code's own:
 * - both sides or neither typed them (nothing to take off), or a mark stands alone or fences a block;
 * - a text about Markdown, formatting or rendering ("How do I show `code` in Slack?");
 * - a span after a word or mark of a shell line, where backticks run a command ("echo `date`", "x=`pwd`"), or one
 *   holding "$", where they are a template literal's (`${name}`).
 */
export function withoutInlineCodeMarks(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const queryMarks = query.includes('`');
  if (queryMarks === candidate.includes('`')) return undefined;
  const own = queryMarks ? query : candidate;
  const other = queryMarks ? candidate : query;
  if (MARKS_TOPIC.test(own) || MARKS_TOPIC.test(other)) return undefined;
  let spans = 0;
  let shell = false;
  const stripped = own.replace(INLINE_SPAN, (_whole, before: string, code: string, offset: number) => {
    spans++;
    const said = own.slice(Math.max(0, offset - SHELL_REACH), offset + before.length);
    // "`${name}`" is a JavaScript template literal, "`$(pwd)`" a substitution: there the marks are code.
    if (SHELL_BEFORE.test(said) || code.includes('$')) shell = true;
    return `${before}${code}`;
  });
  // Every mark belongs to one span: none alone, none of a fence.
  if (shell || spans === 0 || stripped.includes('`')) return undefined;
  return queryMarks ? { query: stripped, candidate } : { query, candidate: stripped };
}

/** One span of inline code: after a space, a bracket or the start, and before a space, a mark or the end, on one line. */
const INLINE_SPAN = /(^|[ \t(“"'])`([^`\n]{1,80})`(?=$|[ \t.,;:!?)”"'\n])/gu;
/** How far before a span its shell cue is looked for. */
const SHELL_REACH = 12;
/** A shell line's word or mark right before a span: there backticks substitute a command's output. */
const SHELL_BEFORE = /(?:\b(?:echo|printf|eval|exec|export|cd|ls|cat|rm|cp|mv|sudo|for|in|do|set)|[=$|;]|\$\()[ \t]*\(?$/u;
/** A text about Markdown or how a text is shown: there the marks are the question. */
const MARKS_TOPIC = /\b(?:markdown|backticks?|back-ticks?|inline\s+code|code\s+spans?|code\s+blocks?|monospaced?|render\w*|format\w*|slack|discord|github\s+comments?|readme|asciidoc|rst|latex|template\s+literals?|command\s+substitution|grave)\b/iu;
