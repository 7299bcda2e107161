/**
 * Client-supplied strings (model names, request ids, paths) are copied into every log line and event: uncapped,
 * one 4 MiB model name grew the log by 4 MiB per request and Redis's event stream by as much (issue #11
 * finding 6). So each is cut to a fixed length, with a marker that says how much was cut.
 */

/** Default cap for an identifier-like field (model, request id, route, reason). */
export const MAX_FIELD_CHARACTERS = 256;

/**
 * The text itself when it has at most `max` characters, else its first `max` characters (never half a surrogate
 * pair) followed by `…[+N chars]`.
 *
 * @example boundedText('x'.repeat(300), 4) // → 'xxxx…[+296 chars]'
 */
export function boundedText(text: string, max: number = MAX_FIELD_CHARACTERS): string {
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…[+${text.length - end} chars]`;
}

/** `boundedText` for optional fields. */
export function boundedOptional(text: string | undefined, max: number = MAX_FIELD_CHARACTERS): string | undefined {
  return text === undefined ? undefined : boundedText(text, max);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
