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

/** JSON.parse, keeping long integers as their digits (keepLongIntegers); throws on invalid JSON. */
export function parseJsonText(text: string): unknown {
  return LONG_DIGITS.test(text) ? JSON.parse(text, keepLongIntegers as (key: string, value: unknown) => unknown) : JSON.parse(text);
}
