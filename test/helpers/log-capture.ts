import type { DestinationStream } from 'pino';

/** A pino destination that keeps every line, raw and parsed, for assertions. */
export class LogCapture implements DestinationStream {
  readonly raw: string[] = [];

  write(line: string): void {
    this.raw.push(line);
  }

  get lines(): Array<Record<string, any>> {
    return this.raw.map((line) => JSON.parse(line) as Record<string, any>);
  }

  /** Everything written, as one string, for "never contains" checks. */
  get text(): string {
    return this.raw.join('');
  }
}
