import { Counter, type Registry } from 'prom-client';

/** What clients and the process did to requests, beside the requests themselves (issue #11). */
/** Where a client left: mid-upload, before its JSON upstream answer, or in the middle of a streamed miss. */
export type ClientAbortStage = 'upload' | 'upstream' | 'stream';

export class ResilienceMetrics {
  readonly #uncaught: Counter<'kind'>;
  readonly #clientAborts: Counter<'stage'>;
  readonly #uploadsRefused: Counter<'reason'>;
  readonly #shutdownAborts: Counter;
  readonly #connectionsDropped: Counter;

  constructor(registry: Registry) {
    this.#uncaught = new Counter({
      name: 'semcache_uncaught_errors_total',
      help: 'Errors that escaped every handler and reached the process\'s last-resort handler (a bug; the process keeps serving).',
      labelNames: ['kind'] as const,
      registers: [registry],
    });
    this.#clientAborts = new Counter({
      name: 'semcache_client_aborts_total',
      help: 'Requests whose client went away before its answer: during the upload, while its upstream call ran, or in the middle of a streamed miss.',
      labelNames: ['stage'] as const,
      registers: [registry],
    });
    this.#uploadsRefused = new Counter({
      name: 'semcache_uploads_refused_total',
      help: 'Request bodies refused: not complete within server.bodyTimeout (408), or over server.uploadBytesInFlight (503).',
      labelNames: ['reason'] as const,
      registers: [registry],
    });
    this.#shutdownAborts = new Counter({
      name: 'semcache_shutdown_aborted_total',
      help: 'Upstream calls still running at the end of the shutdown grace, and aborted.',
      registers: [registry],
    });
    this.#connectionsDropped = new Counter({
      name: 'semcache_connections_dropped_total',
      help: 'Client connections closed as they arrived because server.maxConnections were open.',
      registers: [registry],
    });
    for (const kind of ['uncaughtException', 'unhandledRejection']) this.#uncaught.inc({ kind }, 0);
  }

  uncaught(kind: 'uncaughtException' | 'unhandledRejection'): void {
    this.#uncaught.inc({ kind });
  }

  clientAborted(stage: ClientAbortStage): void {
    this.#clientAborts.inc({ stage });
  }

  uploadRefused(reason: 'timeout' | 'in-flight-cap'): void {
    this.#uploadsRefused.inc({ reason });
  }

  shutdownAborted(count: number): void {
    this.#shutdownAborts.inc(count);
  }

  connectionDropped(): void {
    this.#connectionsDropped.inc();
  }
}
