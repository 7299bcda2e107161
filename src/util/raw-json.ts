/**
 * Long integers in request bodies: JSON numbers are doubles in JavaScript, but the upstream APIs parse integers
 * exactly.
 */

/** ES2025's raw JSON (Node 22's V8 has it; TypeScript's lib here does not declare it yet). */
interface RawJsonApi {
  rawJSON(text: string): object;
  isRawJSON(value: unknown): value is { readonly rawJSON: string };
}
const RAW_JSON = JSON as unknown as RawJsonApi;

/** Enough digits in a row to be an integer beyond 2^53 (16 digits); bodies without one are parsed plainly. */
const LONG_DIGITS = /\d{16}/;
const INTEGER = /^-?\d+$/;

/**
 * An integer literal a double cannot hold (beyond ±2^53) kept as its source text: `seed: 9007199254740993` and
 * `…992` are two requests (the upstream parses integers exactly), and a body serialised again for the upstream
 * (a streamed chat completion asking for usage) sends the client's digits, not a rounded number.
 */
function keepLongIntegers(_key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || Number.isSafeInteger(value) || context?.source === undefined || !INTEGER.test(context.source)) return value;
  return RAW_JSON.rawJSON(context.source);
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

function holdsUnsafeInteger(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'number') {
      if (Number.isInteger(next) && !Number.isSafeInteger(next)) return true;
    } else if (typeof next === 'object' && next !== null) {
      for (const item of Array.isArray(next) ? next : Object.values(next)) if (typeof item === 'number' || (typeof item === 'object' && item !== null)) pending.push(item);
    }
  }
  return false;
}
