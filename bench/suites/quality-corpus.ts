import { readFileSync } from 'node:fs';
import { ChatCache } from '../../src/cache/chat-cache.ts';
import type { ChatCompletion } from '../../src/cache/chat-types.ts';
import { requestKey } from '../../src/api/openai-chat/chat-key-parts.ts';
import type { CandidateVerifier, VerdictKind } from '../../src/cache/verify/verdict.ts';
import type { LocalEmbedder } from '../../src/embedding/local/local-embedder.ts';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { ScoredPair } from '../lib/datasets.ts';

/**
 * The hand-written verifier corpus (test/fixtures/verifier-corpus/) through ChatCache, one partition per pair
 * (store the first text, ask the second), with the verifier on and off. Per category and threshold: how many
 * pairs were served. For must-miss pairs every one served is a wrong answer; for must-hit pairs it is recall.
 */
export interface CorpusCategory {
  category: string;
  expect: 'miss' | 'hit';
  pairs: number;
  /** Similarity of the stored text to the asked one, per pair. */
  similarities: number[];
  /** Whether the verifier said `same`, per pair. */
  verifiedSame: boolean[];
  verdicts: Record<VerdictKind, number>;
}

export interface VerdictCounts {
  set: string;
  pairs: number;
  verdicts: Record<VerdictKind, number>;
}

interface Corpus {
  mustMiss: Record<string, Array<[string, string]>>;
  mustHit: Record<string, Array<[string, string]>>;
}

const CORPUS_URL = new URL('../../test/fixtures/verifier-corpus/corpus.json', import.meta.url);

export async function runCorpus(embedder: LocalEmbedder, verifier: CandidateVerifier): Promise<CorpusCategory[]> {
  const corpus = JSON.parse(readFileSync(CORPUS_URL, 'utf8')) as Corpus;
  const store = new EmbeddedStore({ dimension: embedder.dimension, maxEntries: 100_000, maxBytes: Number.MAX_SAFE_INTEGER });
  await store.start();
  const cache = new ChatCache({ store, embedder, verifier });
  const results: CorpusCategory[] = [];
  let index = 0;
  for (const [expect, groups] of [['miss', corpus.mustMiss], ['hit', corpus.mustHit]] as const) {
    for (const [category, pairs] of Object.entries(groups)) {
      const result: CorpusCategory = { category, expect, pairs: pairs.length, similarities: [], verifiedSame: [], verdicts: { same: 0, different: 0, undecided: 0 } };
      for (const [stored, asked] of pairs) {
        const scope = { tenant: 'bench', route: 'default', namespace: `pair-${index++}` };
        const key = (text: string) => requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }, scope, 'last-user');
        const storedKey = key(stored);
        await cache.save({ key: storedKey, completion: completion(stored), route: 'default', model: 'gpt-4o-mini', tenant: 'bench', ttlMs: 86_400_000, semantic: true, minCoverage: 0, embedContext: {} });
        const askedKey = key(asked);
        const [nearest] = await store.nearest(askedKey.partition, (await embedder.embed(askedKey.text!)).vector, 1);
        const exact = askedKey.id === storedKey.id;
        result.similarities.push(exact ? 1 : (nearest?.similarity ?? -1));
        const verdict = exact ? { kind: 'same' as const } : await verifier.verify(askedKey.text!, storedKey.text!, { route: 'default', queryId: askedKey.id, entryId: storedKey.id });
        result.verdicts[verdict.kind]++;
        result.verifiedSame.push(verdict.kind === 'same');
      }
      results.push(result);
    }
  }
  await store.close();
  return results;
}

/** Verdicts of the structural verifier on labelled same-meaning pairs (how many it leaves to a judge). */
export async function verdictCounts(set: string, pairs: Array<{ first: string; second: string }>, verifier: CandidateVerifier): Promise<VerdictCounts> {
  const verdicts: Record<VerdictKind, number> = { same: 0, different: 0, undecided: 0 };
  for (const pair of pairs) verdicts[(await verifier.verify(pair.second, pair.first, { route: 'default', queryId: '', entryId: '' })).kind]++;
  return { set, pairs: pairs.length, verdicts };
}

export function positivesOf(pairs: ScoredPair[]): Array<{ first: string; second: string }> {
  return pairs.filter((pair) => pair.score >= 4).map((pair) => ({ first: pair.first, second: pair.second }));
}

function completion(text: string): ChatCompletion {
  return {
    id: 'chatcmpl-corpus',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content: `Answer to: ${text.slice(0, 40)}`, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  } as ChatCompletion;
}
