import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { round } from '../lib/stats.ts';
import type { SuiteContext, SuiteReport, SummaryRow } from './suite.ts';
import type { ScaleRow } from '../scale.ts';

/**
 * Scale: runs bench/scale.ts (the embedded store's own benchmark: insert rate, nearest() latency, recall
 * against brute force and memory per entry at each size) as a child process with --json, and reports its rows.
 * A child process also gives it a clean heap for the memory figures.
 */

export async function scaleSuite({ options, progress }: SuiteContext): Promise<SuiteReport> {
  const args = [
    join(options.root, 'bench/scale.ts'),
    '--json',
    '--sizes', options.scaleSizes,
    '--vectors', options.scaleVectors,
    '--queries', String(options.scaleQueries),
    '--datasets', options.datasets,
  ];
  const steps = options.scaleSizes.split(',').length * options.scaleVectors.split(',').length;
  const phase = progress.phase(`scale (node bench/scale.ts ${args.slice(1).join(' ')})`, steps);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString('utf8')));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`bench/scale.ts exited with ${code}: ${stderr.slice(-2000)}`))));
  });
  const parsed = JSON.parse(output) as { node: string; hnsw: unknown; rows: ScaleRow[]; notes: string[] };
  phase.tick(steps);
  phase.done();

  const summary: SummaryRow[] = parsed.rows.map((row) => {
    const targeted = row.size === 100_000;
    const met = row.p50Ms < 1 && row.recallAtK >= 0.95;
    return {
      metric: `nearest() ${row.vectors} ${row.size.toLocaleString('en-US')} × ${row.dimension}d (${row.structure})`,
      value: `p50 ${round(row.p50Ms)} ms, p99 ${round(row.p99Ms)} ms, recall@1 ${row.recallAt1.toFixed(3)}, recall@${row.k} ${row.recallAtK.toFixed(3)}, ${row.heapBytesPerEntry} B/entry, ${row.insertsPerSecond} inserts/s`,
      ...(targeted && { target: 'p50 < 1 ms, recall ≥ 0.95', verdict: met ? 'met' : 'missed' }),
    } satisfies SummaryRow;
  });
  return { suite: 'scale', summary, details: parsed, notes: parsed.notes };
}
