import { rawJsonText } from '../util/raw-json.ts';

/** JSON with object keys sorted at every depth (but a JSON Schema's `properties`), so equal requests serialise to equal bytes. */
export function canonicalJson(value: unknown, ordered = false): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const raw = rawJsonText(value); // a long integer's own digits
  if (raw !== undefined) return raw;
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined);
  if (!ordered) keys.sort();
  // A JSON Schema's `properties` keep the order they were written in: structured outputs and tool calls generate
  // the fields in that order, so `reasoning` before `answer` is another answer than `answer` first.
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key], key === 'properties' && isPlainObject(record[key]))}`).join(',')}}`;
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
