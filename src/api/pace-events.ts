import { setTimeout as sleep } from 'node:timers/promises';

const encoder = new TextEncoder();

/**
 * Serves ready-made SSE events: all at once (one write, no timers) when `delayMs` is 0, else one event per
 * `delayMs`, like a live answer.
 */
export async function* paceEvents(events: readonly string[], delayMs: number): AsyncGenerator<Uint8Array> {
  if (delayMs <= 0) {
    yield encoder.encode(events.join(''));
    return;
  }
  for (const [index, event] of events.entries()) {
    if (index > 0) await sleep(delayMs);
    yield encoder.encode(event);
  }
}

/** One SSE frame with a named event (the Responses and Anthropic APIs name every event). */
export function namedEvent(type: string, data: unknown): string {
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}
