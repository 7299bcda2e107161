import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** pino level name: fatal, error, warn, info, debug, trace or silent. */
  level: string;
  /** Where JSON lines go; stdout when omitted. Tests pass a stream that collects lines. */
  destination?: DestinationStream;
}

/**
 * The process's JSON logger: one object per line, level as a name, ISO timestamps. No pino `redact` paths:
 * they cost ~8 µs per line (measured, 4× the line itself), and nothing that could hold a key or a prompt is
 * ever passed to the logger (request records are content-free; errors go through describeError).
 *
 * Stdout is written asynchronously (sonic-boom, `sync: false`): pino's default synchronous write was 12% of
 * the proxy's CPU profile under MISS load (one write syscall per request line on the event loop). Async, each
 * line still went to the thread pool as its own write (~15% of a BYPASS's CPU at one connection), so lines are
 * gathered up to 4 KiB (`minLength`) and flushed at least every FLUSH_MS; pino flushes the rest on exit.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? bufferedStdout(),
  );
}

/** How long a log line may wait in the buffer for others. */
const FLUSH_MS = 200;

/** One per process: every logger shares stdout's buffer and its one flush timer (lines never interleave). */
let stdout: DestinationStream | undefined;

function bufferedStdout(): DestinationStream {
  stdout ??= createBufferedStdout();
  return stdout;
}

function createBufferedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  // A quiet process still prints its lines within FLUSH_MS; the timer never keeps the process alive.
  // sonic-boom keeps the buffered length in `_len`: an idle tick writes nothing (flush() would write "").
  const buffered = destination as unknown as { _len?: number };
  setInterval(() => {
    try {
      if (buffered._len === undefined || buffered._len > 0) destination.flush();
    } catch {
      // Nothing buffered, or a write in flight: the next tick or the exit flush takes it.
    }
  }, FLUSH_MS).unref();
  return destination;
}
