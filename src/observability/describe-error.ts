/** Token shapes that must never reach a log line, even inside an error message quoted from a server. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{4,}/g, // OpenAI-style API keys ("Incorrect API key provided: sk-…")
  /\bBearer\s+[^\s"',;]+/gi,
  /(redis(?:s)?:\/\/[^:/@\s]*:)[^@\s]+@/gi, // a password inside a Redis URL
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
  let redacted = text;
  for (const pattern of SECRET_PATTERNS) {
    redacted = redacted.replace(pattern, (match, prefix?: unknown) => (typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}[redacted]@` : '[redacted]'));
  }
  return redacted.length > MAX_MESSAGE ? `${redacted.slice(0, MAX_MESSAGE)}…` : redacted;
}
