import type { WriteStream } from 'node:tty';

/**
 * Progress on stderr while the suites run: a redrawn bar when stderr is a terminal, otherwise one plain line
 * per phase (and one per quarter of a long phase), so CI logs and `2> file` stay readable.
 *
 * @example
 * const phase = progress.phase('overhead: JSON miss', 2_000);
 * for (...) phase.tick();
 * phase.done();
 */
export interface Phase {
  tick(count?: number): void;
  done(note?: string): void;
}

export class Progress {
  readonly #stream: NodeJS.WriteStream;
  readonly #tty: boolean;
  readonly #started = performance.now();

  constructor(stream: NodeJS.WriteStream = process.stderr) {
    this.#stream = stream;
    this.#tty = stream.isTTY === true;
  }

  /** A line outside any bar (a note, a skipped suite). */
  log(line: string): void {
    if (this.#tty) this.#stream.write('\r\x1b[2K');
    this.#stream.write(`${this.#elapsed()} ${line}\n`);
  }

  phase(label: string, total: number): Phase {
    let done = 0;
    let lastDraw = 0;
    let lastQuarter = 0;
    const started = performance.now();
    const width = Math.max(10, Math.min(30, ((this.#stream as WriteStream).columns ?? 80) - label.length - 40));
    const draw = (force: boolean) => {
      const now = performance.now();
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      this.#stream.write(`\r\x1b[2K${this.#elapsed()} ${label} ${bar} ${done}/${total} ${((now - started) / 1000).toFixed(1)}s`);
    };
    // Redrawn every second too, so a long step (bench/scale.ts runs as one) still shows time passing.
    const heartbeat = this.#tty ? setInterval(() => draw(true), 1_000).unref() : undefined;
    if (this.#tty) draw(true);
    else this.#stream.write(`${this.#elapsed()} ${label}: ${total} steps\n`);
    return {
      tick: (count = 1) => {
        done += count;
        if (this.#tty) return draw(false);
        const quarter = total > 0 ? Math.floor((4 * done) / total) : 4;
        if (quarter > lastQuarter && quarter < 4 && total >= 400) {
          lastQuarter = quarter;
          this.#stream.write(`${this.#elapsed()} ${label}: ${done}/${total}\n`);
        }
      },
      done: (note) => {
        clearInterval(heartbeat);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (this.#tty) this.#stream.write('\r\x1b[2K');
        this.#stream.write(`${this.#elapsed()} ${label}: done in ${seconds}s${note ? ` (${note})` : ''}\n`);
      },
    };
  }

  #elapsed(): string {
    const seconds = Math.floor((performance.now() - this.#started) / 1000);
    return `[${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}]`;
  }
}
