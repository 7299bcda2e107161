/**
 * What the cache stores and serves: one API's own final answer object, as the upstream returned it (or as it was
 * assembled from its stream) — a `chat.completion`, a Responses API `response`, an Anthropic `message`. The
 * pipeline never looks inside it; the API adapter that produced it reads it, replays it and prices it. Keeping
 * the upstream's object whole (rather than a lowest-common-denominator shape) means fields this version does
 * not know survive a replay, and an answer can never be served to another API shape (the shape is part of the
 * partition).
 */
export interface CachedAnswer {
  readonly [field: string]: unknown;
}

/** Token counts in one vocabulary for every API (OpenAI's names): what a hit saved. */
export interface AnswerUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  [extra: string]: unknown;
}
