/** Latency summaries for the benchmark suites. All values in milliseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
}

/** The value below which `p` (0..1) of the samples fall (nearest rank on the sorted samples). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const values = Array.from(sorted);
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    count: values.length,
    mean: values.length === 0 ? Number.NaN : sum / values.length,
    p50: percentile(values, 0.5),
    p90: percentile(values, 0.9),
    p99: percentile(values, 0.99),
    min: values[0] ?? Number.NaN,
    max: values[values.length - 1] ?? Number.NaN,
  };
}

/**
 * Latency added by a hop, from samples of the same requests with and without it: the difference of the
 * percentiles (what a latency dashboard would show), and the median of the per-request differences (less
 * sensitive to which of the two calls of a pair happened to meet a GC pause).
 */
export interface AddedLatency {
  p50: number;
  p99: number;
  pairedMedian: number;
}

export function addedLatency(direct: readonly number[], through: readonly number[]): AddedLatency {
  const a = summarise(direct);
  const b = summarise(through);
  const differences = through.map((value, index) => value - (direct[index] ?? Number.NaN)).filter(Number.isFinite);
  return { p50: b.p50 - a.p50, p99: b.p99 - a.p99, pairedMedian: summarise(differences).p50 };
}

/** Rounds for reports: 3 decimals below 10, 2 below 100, 1 above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const digits = abs < 10 ? 3 : abs < 100 ? 2 : 1;
  return Number(value.toFixed(digits));
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? `${round(value)} ms` : 'n/a';
}

export function formatPercent(part: number, whole: number, digits = 1): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(digits)}%`;
}
