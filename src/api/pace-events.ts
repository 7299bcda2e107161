import { setTimeout as sleep } from 'node:timers/promises';
import { REPLAY_BATCH_CHARACTERS } from '../streaming/replay.ts';

const encoder = new TextEncoder();

/**
 * Serves ready-made SSE events: in pieces of whole events of about REPLAY_BATCH_CHARACTERS (no timers; one piece for
 * an ordinary answer) when `delayMs` is 0, each encoded as it is taken, so a client that stops reading holds one
 * piece in the socket's buffer rather than the whole replay; else one event per `delayMs`, like a live answer.
 */
export async function* paceEvents(events: readonly string[], delayMs: number): AsyncGenerator<Uint8Array> {
  if (delayMs <= 0) {
    let batch = '';
    for (const event of events) {
      batch += event;
      if (batch.length >= REPLAY_BATCH_CHARACTERS) {
        yield encoder.encode(batch);
        batch = '';
      }
    }
    if (batch !== '' || events.length === 0) yield encoder.encode(batch);
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
