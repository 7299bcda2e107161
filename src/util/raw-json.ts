/**
 * Numbers a double cannot hold in request bodies: JSON numbers are doubles in JavaScript, but the upstream APIs
 * parse integers exactly, and a literal beyond a double's range (`1e400`) would parse to Infinity, which
 * JSON.stringify writes as null.
 */

/** ES2025's raw JSON (Node 22's V8 has it; TypeScript's lib here does not declare it yet). */
interface RawJsonApi {
  rawJSON(text: string): object;
  isRawJSON(value: unknown): value is { readonly rawJSON: string };
}
const RAW_JSON = JSON as unknown as RawJsonApi;

/**
 * Enough digits in a row to be an integer beyond 2^53 (16 digits), or an exponent of three digits (beyond a
 * double's range); bodies without either are parsed plainly.
 */
const LONG_DIGITS = /\d{16}|\d[eE][+-]?\d{3}/;
const INTEGER = /^-?\d+$/;

/**
 * A number a double cannot hold kept as its source text: an integer literal beyond ±2^53 (`seed:
 * 9007199254740993` and `…992` are two requests: the upstream parses integers exactly) or a literal beyond a
 * double's range (`1e400`, `-1e400`: Infinity, which would be keyed and sent as null). A body serialised again
 * for the upstream (a streamed chat completion asking for usage) then sends the client's text, not a rounded one.
 */
function keepLongIntegers(_key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || !isInexact(value) || context?.source === undefined) return value;
  if (Number.isFinite(value) && !INTEGER.test(context.source)) return value; // 1e300: a double, exactly as the upstream reads it
  return RAW_JSON.rawJSON(context.source);
}

/** An integer beyond ±2^53, or ±Infinity (a literal beyond a double's range). */
function isInexact(value: number): boolean {
  return !Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value));
}

/** Whether a parsed value is a number, a long integer kept as its digits included. */
export function isJsonNumber(value: unknown): boolean {
  return typeof value === 'number' || RAW_JSON.isRawJSON(value);
}

/** A long integer's digits (see keepLongIntegers), or undefined for any other value. */
export function rawJsonText(value: unknown): string | undefined {
  return RAW_JSON.isRawJSON(value) ? value.rawJSON : undefined;
}

/**
 * Bodies up to this size that hold a long integer are parsed again with keepLongIntegers. A reviver makes
 * JSON.parse ~30× slower (an 11.7 MB body: 6.4 s instead of 0.19 s), so a larger one keeps the rounded numbers
 * and is marked (`hasRoundedIntegers`): the pipeline then forwards its bytes untouched and caches nothing.
 */
const REVIVER_MAX_CHARACTERS = 128 * 1024;

/** Parsed bodies whose long integers were rounded (too large to parse again with a reviver). */
const ROUNDED = new WeakSet<object>();

/**
 * JSON.parse, keeping long integers as their digits (keepLongIntegers); throws on invalid JSON. Parsed plainly
 * first: only a body that does hold a number beyond 2^53 (not merely 16 digits inside a string, such as an order
 * number) pays for the reviver.
 */
export function parseJsonText(text: string): unknown {
  const plain: unknown = JSON.parse(text);
  if (!LONG_DIGITS.test(text) || !holdsUnsafeInteger(plain)) return plain;
  if (text.length <= REVIVER_MAX_CHARACTERS) return JSON.parse(text, keepLongIntegers as (key: string, value: unknown) => unknown);
  if (typeof plain === 'object' && plain !== null) ROUNDED.add(plain);
  return plain;
}

/** Whether `parseJsonText` had to round integers of this body (so no key or re-serialisation of it is exact). */
export function hasRoundedIntegers(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ROUNDED.has(value);
}

/**
 * JSON.stringify of a value (its long integers kept as digits written as those digits), or undefined when
 * `parseJsonText` would round them reading the text back: it is longer than REVIVER_MAX_CHARACTERS and holds one.
 * What is stored to be read back later (a cached answer) is written with it, so that it is never read back rounded.
 */
export function stringifyExactly(value: unknown): string | undefined {
  const text = JSON.stringify(value);
  if (text.length > REVIVER_MAX_CHARACTERS && LONG_DIGITS.test(text) && holdsUnsafeInteger(value)) return undefined;
  return text;
}

/** Whether a value holds a number a double cannot hold: an inexact one, or one kept as its digits (keepLongIntegers). */
function holdsUnsafeInteger(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'number') {
      if (isInexact(next)) return true;
    } else if (RAW_JSON.isRawJSON(next)) {
      return true;
    } else if (typeof next === 'object' && next !== null) {
      for (const item of Array.isArray(next) ? next : Object.values(next)) if (typeof item === 'number' || (typeof item === 'object' && item !== null)) pending.push(item);
    }
  }
  return false;
}
