import { setTimeout as sleep } from 'node:timers/promises';
import { inBatches } from '../streaming/replay.ts';

const encoder = new TextEncoder();

/**
 * Serves ready-made SSE events: in pieces of whole events (`inBatches`: no timers, one piece for an ordinary answer)
 * when `delayMs` is 0, else one event per `delayMs`, like a live answer.
 */
export async function* paceEvents(events: readonly string[], delayMs: number): AsyncGenerator<Uint8Array> {
  if (delayMs <= 0) {
    yield* inBatches(events);
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
