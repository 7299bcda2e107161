/** Token shapes that must never reach a log line, even inside an error message quoted from a server. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{4,}/g, // OpenAI-style API keys ("Incorrect API key provided: sk-…")
  /\bBearer\s+[^\s"',;]+/gi,
  /(\b[a-z][a-z0-9+.-]{0,31}:\/\/[^:/@\s]{0,256}:)[^@\s/]{1,256}@/gi, // a password inside a URL (Redis, an upstream's base URL); bounded, not quadratic
];
const MAX_MESSAGE = 300;

/** A content-free summary of an error for logs: name, code and a shortened message with secrets removed. */
export function describeError(error: unknown): { name: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: redactSecrets(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    message: redactSecrets(error.message),
  };
}

export function redactSecrets(text: string): string {
  // Only what is kept is read: an error message can be long.
  let redacted = text.length > MAX_MESSAGE * 4 ? text.slice(0, MAX_MESSAGE * 4) : text;
  for (const pattern of SECRET_PATTERNS) {
    redacted = redacted.replace(pattern, (match, prefix?: unknown) => (typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}[redacted]@` : '[redacted]'));
  }
  return redacted.length > MAX_MESSAGE ? `${redacted.slice(0, MAX_MESSAGE)}…` : redacted;
}

/**
 * A URL for a log line without its user and password: an upstream's base URL may carry credentials
 * ("http://user:secret@host/v1"), which the startup line printed (a hostile review, session 55).
 */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return redactSecrets(url);
  }
}
