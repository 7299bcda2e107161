import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from '../../src/util/seeded-random.ts';

/** The project's one seeded generator, so every bench run replays the same workload. */
export { seededRandom };

/**
 * The labelled prompt sets of ../shared/datasets (see its README): GPTCache paraphrase pairs (positives only)
 * and STS Benchmark pairs scored 0–5 by annotators.
 */
export interface ParaphrasePair {
  origin: string;
  similar: string;
}

export interface ScoredPair {
  score: number;
  first: string;
  second: string;
}

export async function loadParaphrases(datasets: string): Promise<ParaphrasePair[]> {
  const raw = JSON.parse(await readFile(join(datasets, 'gptcache-paraphrases.json'), 'utf8')) as ParaphrasePair[];
  return raw.filter((pair) => typeof pair.origin === 'string' && typeof pair.similar === 'string');
}

/** STS-B in its original TSV layout: genre, source, year, id, score, sentence 1, sentence 2 (extra columns ignored). */
export async function loadStsb(datasets: string, split: 'dev' | 'train'): Promise<ScoredPair[]> {
  const text = await readFile(join(datasets, `stsb-${split}.tsv`), 'utf8');
  const pairs: ScoredPair[] = [];
  for (const line of text.split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 7) continue;
    const score = Number(columns[4]);
    const first = columns[5]!.trim();
    const second = columns[6]!.trim();
    if (Number.isFinite(score) && first !== '' && second !== '') pairs.push({ score, first, second });
  }
  return pairs;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
