import { firstAbove } from '../../util/bisect.ts';

/**
 * Code typed in prose without backticks, seen from the marks and words next to it (see verifyTokens): where the
 * text around a capital or a mark is code, it is code's, not the sentence's. Each test looks a bounded number of
 * characters around one position, so a text's tokens stay linear in its length.
 */

/**
 * Whether the capitalised word that opens a sentence or line and ends at `end` is code, whose case is its meaning
 * ("Ls -la", "Double d = null;", "None == 0", "Print(x)"): it is followed by a call's bracket, a flag, a path or a
 * shell variable, or an operator; or by a name and an operator in a statement, which ends in ";" or is a line of
 * its own after a line break that asks nothing ("Return x * 2"). A line of its own that ends like a block's header
 * or a statement after a bracket or an operator is code too ("For i in range(3):"). Prose keeps its first-letter tolerance: "Is x = 5
 * a solution?", "If x > 3, what is y?".
 */
export function codeFollowsWord(line: string, end: number, ownLine: boolean): boolean {
  const next = line[end];
  if (next === '(' || next === '[') return true;
  // A line of its own that opens a block or ends a statement after code: "For i in range(3):", "Def add(a, b):".
  if (ownLine && BLOCK_HEADER.test(line) && /[(=<>]/u.test(line)) return true;
  const rest = line.slice(end, end + REACH);
  const spaced = SPACED.exec(rest);
  if (spaced === null) return false;
  const after = rest.slice(spaced[0].length);
  if (COMMAND_OPERAND.test(after) || OPERATOR.test(after)) return true;
  if (!NAME_THEN_OPERATOR.test(after)) return false;
  return after.includes(';') || (ownLine && !/\?\s*$/u.test(line));
}

/**
 * Whether the mark at `start` ("?", ";", ":" or ",") is attached to the last operand of code: after an assignment,
 * a comparison, a binary operator, `::`, `->`, a declaration's or signature's colon, or a line's opening `return` or
 * `yield` ("let f = File::open(path)?", "val user: User?", "if x > 1: print(x)", "return a + b;",
 * "total = price * quantity,", "    return status,"). A "?" must follow a call, an
 * index, a generic or a type's capital: "What is x + y?" and "Why is count == total?" are still questions.
 * `cueEnds` is codeCueEnds(text), found once per line; `definesFunction`: the whole text defines a function
 * (FUNCTION_DEFINITION).
 */
export function endsCodeOperand(text: string, start: number, mark: string, cueEnds: readonly number[], definesFunction = false): boolean {
  // The last cues before the mark, by bisection; an operand's own arguments may hold one ("get(url, timeout=5)").
  const low = firstAbove(cueEnds, start);
  for (let index = low - 1; index >= 0 && index >= low - CUES_TRIED && start - cueEnds[index]! <= REACH; index--) {
    const operand = text.slice(cueEnds[index]!, start).trimStart();
    // After a line's opening `return` or `yield` in a text that defines a function, a comma ends an expression
    // too: "    return x if x else y,", "    return a and b," (a tuple of one); not a list's "return books or DVDs,".
    // So does a conditional expression after an assignment: "result = value if value else default,".
    if (!OPERAND.test(operand) && !(mark === ',' && expressionEnds(text, cueEnds[index]!, operand, definesFunction))) continue;
    return mark !== '?' || /[)\]>]$/u.test(operand) || /^\p{Lu}[\p{L}\p{N}_]*$/u.test(operand);
  }
  return false;
}

/** Whether `operand`, from a cue's end to a comma, is an expression the comma ends (see endsCodeOperand). */
function expressionEnds(text: string, cueEnd: number, operand: string, definesFunction: boolean): boolean {
  if (!EXPRESSION.test(operand)) return false;
  const before = text.slice(Math.max(0, cueEnd - 16), cueEnd);
  if (definesFunction && RETURN_CUE_BEFORE.test(before)) return true;
  return ASSIGNMENT_BEFORE.test(before) && CONDITIONAL_EXPRESSION.test(operand);
}
/** A plain assignment's "=" after a name, ending where its cue ends. */
const ASSIGNMENT_BEFORE = /[\p{L}\p{N}_\])][ \t]*=[ \t]*$/u;
const CONDITIONAL_EXPRESSION = /[ \t]if[ \t].*[ \t]else[ \t]/u;

/** Where the code cues of a line end (see endsCodeOperand), in order: one pass over the line. */
export function codeCueEnds(text: string): number[] {
  return Array.from(text.matchAll(CODE_CUE), (match) => match.index + match[0].length);
}

/** How far from the position the code around it is looked for. */
const REACH = 64;
const SPACED = /^[ \t]*/u;
const BLOCK_HEADER = /[:{;][ \t]*$/u;
// "Ls -la", "Cd /tmp", "Echo $HOME", "Rm -rf build": a flag, a path or a variable after a command.
const COMMAND_OPERAND = /^(?:--?\p{L}|~?\.{0,2}\/[\p{L}\p{N}_.]|\$[\p{L}{_])/u;
// An operator followed by its operand: "== 0", "+ True", "&& False"; not "<center>" (a tag) nor a lone "!".
const OPERATOR_TEXT = String.raw`(?:!==?|={1,3}|[<>]=?|[+\-*/%^]=?|\*\*|&&?|\|\|?)`;
const OPERATOR = new RegExp(String.raw`^${OPERATOR_TEXT}(?=[ \t\p{N}])`, 'u');
const NAME_THEN_OPERATOR = new RegExp(String.raw`^[\p{L}_][\p{L}\p{N}_]*[ \t]*${OPERATOR_TEXT}(?=[ \t\p{N}])`, 'u');
// An assignment or comparison, a spaced binary operator, `::`, `->`, `=>`, or a declaration's name and colon or a
// signature's ("fun find(): User?").
// A line that opens with a lowercase `return` or `yield` and ends with its operand, a comma at most after it, is a
// statement too ("    return status,": a tuple in Python; not "return policy, how long do I have"). The tokenizer
// reads an indented line without its indentation, so the line's start is all there is to go by.
const CODE_CUE = /[=!<>]=|[+\-*/%&|^]?=|::|->|=>|(?<=\s)(?:[<>+*/%]|&&|\|\|)(?=\s)|\b(?:val|var|let|const)\s+[\p{L}_][\p{L}\p{N}_]*\s*:|\)[ \t]*:|(?<=^|\n)[ \t]*(?:return|yield)[ \t]+(?=[^\n,]*,?[ \t]*(?:#[^\n]*)?(?:\n|$))/gu;
/** A function's definition opening a line: "def f(", "async def f(", "function f(", "fn f(", "func f(". */
export const FUNCTION_DEFINITION = /(?:^|\n)[ \t]*(?:(?:async[ \t]+)?def|function|fn|func)[ \t]+[\p{L}_][\p{L}\p{N}_]*[ \t]*\(/u;
/** A line's opening `return` or `yield` and its space, ending where a cue ends (see CODE_CUE). */
const RETURN_CUE_BEFORE = /(?:^|\n)[ \t]*(?:return|yield)[ \t]+$/u;
// Operands joined by operators or Python's word operators, each operator between two operands:
// "x if x else y", "a and not b", "n * 2 + 1". Words side by side ("the shoes") are prose.
const OPERAND_TEXT = String.raw`(?:(?:not|await)[ \t]+)?(?:-?[\p{L}\p{N}_$](?:[\p{L}\p{N}_.$]|\([^()\n]*\)|\[[^[\]\n]*\]|<[^<>\n]*>)*|'[^'\n]*'|"[^"\n]*")`;
const EXPRESSION = new RegExp(String.raw`^(?:${OPERAND_TEXT}$|${OPERAND_TEXT}(?:[ \t]+(?:[-+*/%<>&|^]|\*\*|\/\/|[<>=!]=|<<|>>|if|else|and|or|in|is|not|is[ \t]+not|not[ \t]+in)[ \t]+${OPERAND_TEXT})+$)`, 'u');
/** How many of the last cues before a mark are tried. */
const CUES_TRIED = 3;
// One operand: a name or number, signed or not, with calls, indexes, generics and members glued to it
// ("self.rows[index].style", "-1").
const OPERAND = /^-?[\p{L}\p{N}_$](?:[\p{L}\p{N}_.$]|\([^()\n]*\)|\[[^[\]\n]*\]|<[^<>\n]*>)*$/u;
