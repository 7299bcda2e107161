import { invalidRequest } from '../http/proxy-error.ts';
import { hasRoundedIntegers, isJsonNumber, parseJsonText, rawJsonText } from '../util/raw-json.ts';

/**
 * Deepest nesting of objects and arrays a request may have: far beyond any real JSON Schema in `tools` or
 * `response_format`, far below the few thousand levels at which recursive code (the partition digest,
 * JSON.stringify) overflows the stack and would turn a client's junk into a 500.
 */
export const MAX_NESTING = 100;

/**
 * Decodes UTF-8 and throws on any invalid byte: a lenient decode turns each into U+FFFD, so bodies in another
 * encoding (latin1 "café" and "cafè") would share one key while the upstream reads different bytes. JSON is
 * UTF-8 (RFC 8259).
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Most values (objects, arrays, strings, numbers, literals) a request body may hold: far beyond any real request
 * (thousands of messages, large tool schemas), far below the hundreds of thousands whose parsing, keying and GC held
 * the event loop for seconds while every other client waited (a 13 MB body of 800,000 small fields: ~9 s; a hostile
 * client, session 33).
 */
export const MAX_VALUES = 200_000;

/** The request body as JSON; a 400 when it is not JSON (or not UTF-8), or holds more than MAX_VALUES values and keys. */
export function parseJson(raw: Uint8Array): unknown {
  if (holdsMoreValues(raw, MAX_VALUES)) {
    throw invalidRequest(`The request body holds more than ${MAX_VALUES} JSON values.`, null, 'too_many_values');
  }
  let parsed: unknown;
  try {
    parsed = parseJsonText(UTF8.decode(raw));
  } catch {
    throw invalidRequest('The request body is not valid JSON in UTF-8.', null, 'invalid_json');
  }
  // JSON.parse keeps a repeated key's last value; an upstream may keep its first, and answer another request than the
  // one keyed (a hostile tester, session 37). A body whose keys outnumber its parsed members repeats one.
  if (keysIn(raw) !== membersOf(parsed)) throw invalidRequest('The request body repeats a key in one object.', null, 'duplicate_key');
  return parsed;
}

/**
 * The keys of the JSON text: colons outside strings. Read by native searches (`indexOf`) from quote to quote, so a
 * long string costs one search rather than a step per byte (a prompt of 120 KB: ~0.02 ms).
 */
function keysIn(raw: Uint8Array): number {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let keys = 0;
  let at = 0;
  // The next colon at or after `at`, kept across strings: searched again only once passed, so a long run of strings
  // before a colon is not rescanned from each of them.
  let colon = bytes.indexOf(COLON);
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    const end = quote === -1 ? bytes.length : quote;
    for (; colon !== -1 && colon < end; colon = bytes.indexOf(COLON, colon + 1)) keys++;
    if (quote === -1) return keys;
    at = stringEnd(bytes, quote + 1);
    if (at === -1) return keys;
    if (colon !== -1 && colon < at) colon = bytes.indexOf(COLON, at);
  }
}

/** Where the string opened before `from` ends (after its closing quote), or -1 when it does not. */
function stringEnd(bytes: Buffer, from: number): number {
  for (let quote = bytes.indexOf(QUOTE, from); quote !== -1; quote = bytes.indexOf(QUOTE, quote + 1)) {
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return -1;
}

/** The members of every object in a parsed value (a long integer kept as its digits is a number, not an object). */
function membersOf(value: unknown): number {
  let members = 0;
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== 'object' || next === null || rawJsonText(next) !== undefined) continue;
    if (Array.isArray(next)) {
      for (const item of next) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key in next) {
      members++;
      const item = (next as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return members;
}

/**
 * A JSON answer as an object, its long integers kept as their digits (a tool call's order number beyond 2^53 would
 * otherwise be stored and served rounded); undefined when the bytes are not a JSON object, or when its long integers
 * had to be rounded (an answer too large to parse exactly: relayed as it came, never stored).
 */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = parseJsonText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    if (hasRoundedIntegers(parsed)) return undefined;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Every API's request body is a JSON object of bounded nesting; a 400 otherwise. */
export function expectJsonObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  if (nestedDeeperThan(body, MAX_NESTING)) {
    throw invalidRequest(`The request body is nested deeper than ${MAX_NESTING} levels.`, null, 'nesting_too_deep');
  }
  return body as Record<string, unknown>;
}

/** Throws a 400 naming `field` when it is present (not null) with another type. */
export function expectType(request: Record<string, unknown>, field: string, type: 'boolean' | 'number' | 'string'): void {
  const value = request[field];
  if (value !== undefined && value !== null && (type === 'number' ? !isJsonNumber(value) : typeof value !== type)) {
    throw invalidRequest(`'${field}' must be a ${type}.`, field, 'invalid_type');
  }
}

/** Throws a 400 unless `model` is a non-empty string. */
export function expectModel(request: Record<string, unknown>): string {
  if (typeof request.model !== 'string' || request.model.length === 0) {
    throw invalidRequest("'model' is required and must be a non-empty string.", 'model', request.model === undefined ? 'missing_required_parameter' : 'invalid_type');
  }
  return request.model;
}

/** Iterative on purpose: it must not fail on the very inputs it exists to refuse. */
function nestedDeeperThan(value: object, limit: number): boolean {
  const pending: Array<{ node: object; depth: number }> = [{ node: value, depth: 1 }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (item.depth > limit) return true;
    for (const child of Array.isArray(item.node) ? item.node : Object.values(item.node)) {
      if (typeof child === 'object' && child !== null) pending.push({ node: child, depth: item.depth + 1 });
    }
  }
  return false;
}

/**
 * Whether the JSON text holds more than `limit` values and keys, counted from its bytes before parsing: each but the
 * first follows a comma, a colon or an opening bracket outside strings (an empty `[]` or `{}` holds none). One pass,
 * stopping at the limit (~4 ms per MB).
 */
function holdsMoreValues(raw: Uint8Array, limit: number): boolean {
  // A body this short cannot hold that many values (each takes at least two bytes with its separator).
  if (raw.length < limit * 2) return false;
  let values = 1;
  let inString = false;
  // An opening bracket counts the value it holds once the next byte shows there is one: `[]` and `{}` hold none.
  let opened = false;
  for (let index = 0; index < raw.length; index++) {
    const byte = raw[index]!;
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (byte === SPACE || byte === TAB || byte === LINE_FEED || byte === CARRIAGE_RETURN) continue;
    if (opened) {
      opened = false;
      if (byte !== CLOSE_BRACKET && byte !== CLOSE_BRACE && ++values > limit) return true;
    }
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) opened = true;
    else if ((byte === COMMA || byte === COLON) && ++values > limit) return true;
  }
  return false;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const SPACE = 0x20;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
