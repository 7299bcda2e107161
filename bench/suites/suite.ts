import type { Machine } from '../lib/machine.ts';
import type { Progress } from '../lib/progress.ts';

/** Settings every suite may read; each suite documents which flags it uses. */
export interface BenchOptions {
  /** Project root (the bench's own files, bench/scale.ts). */
  root: string;
  /** The checkout whose `node src/main.ts` is measured (default: root); `--proxy-root` compares two versions. */
  proxyRoot: string;
  datasets: string;
  /** Requests per measured phase of the overhead and hit suites (after warm-up). */
  requests: number;
  warmup: number;
  /** Seconds per side of the throughput phase. */
  throughputSeconds: number;
  connections: number;
  /** Entries in the store for the semantic-hit target. */
  hitEntries: number;
  /** Sizes passed to bench/scale.ts. */
  scaleSizes: string;
  scaleVectors: string;
  scaleQueries: number;
  savingsRequests: number;
  savingsConcurrency: number;
  /** Sent as X-Cache-Threshold in the savings suite (unset: the route default). */
  savingsThreshold: number | undefined;
  ttftMs: number;
  chunkDelayMs: number;
  completionTokens: number;
  qualityTrain: boolean;
  /** Where quality.md and quality.svg are written (unset: not written). */
  qualityOut: string | undefined;
  /** A Redis with the Query Engine for semantic hits on Redis (REDIS_STACK_URL). */
  redisStackUrl: string | undefined;
  redisServer: string;
  logLevel: string;
  /** `--quick`: CI-size runs (the compare suite shrinks its phases). */
  quick: boolean;
  /** Entries in semcache's partition for the compare suite's semantic hits. */
  compareEntries: number;
  /** `--compare-paths`: measure only the paths whose name contains one of these (the floor always runs). */
  comparePaths?: string[];
  /** Portkey's build/start-server.js, run as a peer by the compare suite when given. */
  portkey: string | undefined;
}

export interface SuiteContext {
  options: BenchOptions;
  progress: Progress;
  /** The command line as a user would type it (for files a suite writes). */
  command: string;
  machine: Machine;
}

/** One line of the final summary table. */
export interface SummaryRow {
  metric: string;
  value: string;
  /** The target from the issue or DESIGN §10, when there is one. */
  target?: string;
  verdict?: 'met' | 'missed' | 'skipped';
  note?: string;
}

export interface SuiteReport {
  suite: string;
  summary: SummaryRow[];
  /** Everything measured, for `--json`. */
  details: unknown;
  notes: string[];
}

export type Suite = (context: SuiteContext) => Promise<SuiteReport>;
