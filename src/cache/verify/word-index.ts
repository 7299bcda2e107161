/**
 * Membership in a word list held as one string ("\nword\nword\n"), which costs the garbage collector nothing
 * per collection (a Set of 150k strings slowed major GCs of the serving process): a hash index of each word's
 * offset + 1 in a power-of-two Int32Array at least twice the word count, linear probing. A lookup hashes the
 * word and compares a few offsets; `includes` over the whole string cost ~0.9 ms per unknown word, so a prompt of
 * many was a denial of service.
 */
export class WordIndex {
  readonly #words: string;
  readonly #slots: Int32Array;

  /** `words` must start and end with "\n". */
  constructor(words: string) {
    this.#words = words;
    let count = 0;
    for (let at = words.indexOf('\n'); at !== -1; at = words.indexOf('\n', at + 1)) count++;
    let size = 2;
    while (size < count * 2) size *= 2;
    const slots = new Int32Array(size);
    for (let start = 1; start < words.length; ) {
      const end = words.indexOf('\n', start);
      if (end === -1) break;
      if (end > start) {
        let slot = hashRange(words, start, end) & (size - 1);
        while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
        slots[slot] = start + 1;
      }
      start = end + 1;
    }
    this.#slots = slots;
  }

  has(word: string): boolean {
    return this.offsetOf(word) !== -1;
  }

  /** Where the word starts in the list's string, or -1: in a list ordered by frequency, how common it is. */
  offsetOf(word: string): number {
    if (word.length === 0 || word.includes('\n')) return -1;
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hashRange(word, 0, word.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const start = slots[slot]! - 1;
      if (this.#words.startsWith(word, start) && this.#words.charCodeAt(start + word.length) === 10) return start;
    }
    return -1;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
