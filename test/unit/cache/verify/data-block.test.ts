import { describe, expect, it } from 'vitest';
import { dataBlocks } from '../../../../src/cache/verify/data-block.ts';

const blocksOf = (text: string) => dataBlocks(text).map((block) => text.slice(block.index, block.end));

describe('dataBlocks: structured data typed without a fence', () => {
  it('finds a JSON object or array opening a line, to where its brackets close', () => {
    expect(blocksOf('Is this valid?\n{\n  "id": 1,\n  "role": "admin"\n}\nThanks')).toEqual(['{\n  "id": 1,\n  "role": "admin"\n}']);
    expect(blocksOf('{"a": "}", \'b\': 2}\nWhat is wrong?')).toEqual(['{"a": "}", \'b\': 2}']);
    expect(blocksOf('[{"id": 1}, {"id": 2}]')).toEqual(['[{"id": 1}, {"id": 2}]']);
    // A bracket missing is what is asked about: the lines that go on like JSON.
    expect(blocksOf('{\n  "id": 1,\n  "role": "admin"\nWhy does this not parse?')).toEqual(['{\n  "id": 1,\n  "role": "admin"']);
  });

  it('finds lines of YAML or a config with a lowercase key, and CSV rows', () => {
    expect(blocksOf('Will this work?\nrole: admin\nenabled: no\nports:\n  - 80')).toEqual(['role: admin\nenabled: no\nports:\n  - 80']);
    expect(blocksOf('name,city,sales\nLena,Lagos,354\nOmar,Porto,889\n\nWho sold most?')).toEqual(['name,city,sales\nLena,Lagos,354\nOmar,Porto,889']);
  });

  it('still finds a block after brackets with no key inside or brackets that never close', () => {
    expect(blocksOf('{\n{\n}\n}\n{"a": 1}')).toEqual(['{"a": 1}']);
    expect(blocksOf('{\n\nsome text\n{"a": 1}')).toEqual(['{"a": 1}']);
    expect(blocksOf('Topic: one\nTone: two\n\nrole: admin\nenabled: no')).toEqual(['role: admin\nenabled: no']);
  });

  it('leaves prose alone: a form of capitalised labels, a sentence with commas, a bracket in a sentence, one key line', () => {
    expect(blocksOf('Write a blog post.\nTopic: coffee\nTone: friendly')).toEqual([]);
    expect(blocksOf('I like apples, pears, and plums.\nWhat else is healthy, cheap, and tasty?')).toEqual([]);
    expect(blocksOf('Explain (briefly) what JSON is: a format with "keys": values')).toEqual([]);
    expect(blocksOf('note: bring snacks')).toEqual([]);
  });

  // A first version read a run of lines again from each of its lines: 256 KB of these took quadratic time (a hang
  // here, not a slow pass). Each answer below is what one pass over the lines finds.
  it('reads 256 KB of hostile lines once: brackets that never close, keyless brackets, key lines, rows of two shapes', () => {
    const size = 256 * 1024;
    const hostile: Array<[string, string, number]> = [
      ['open braces', '{\n', 0],
      ['open brackets', '[\n', 1],
      ['keys alone', 'key:\n', 0],
      ['capitalised key lines', 'Key: value\n', 0],
      ['rows of two shapes', 'a,b,c\na,b\n', 0],
      ['unclosed brackets ending lines', 'x {\n"', 0],
      ['brackets then prose', '{ "a" \n', 0],
    ];
    for (const [name, line, blocks] of hostile) expect(dataBlocks(line.repeat(size / line.length)).length, name).toBe(blocks);
    expect(dataBlocks(`${'{\n'.repeat(size / 4)}${'}\n'.repeat(size / 4)}`)).toEqual([]);
  });

  // A hostile helper (session 31): a config line's lazy value before trailing whitespace backtracked quadratically
  // (7 s for 80,000 spaces), and a no-break space after a key's colon hid the block.
  it('reads a config line with 256 KB of trailing whitespace in one pass, and a no-break space after a colon', () => {
    const spaces = ' '.repeat(256 * 1024);
    expect(blocksOf(`Is it valid?\nk: v${spaces}x\nm: 3`)).toEqual([`k: v${spaces}x\nm: 3`]);
    expect(blocksOf(`enabled: no${'\u00a0'.repeat(256 * 1024)}`)).toHaveLength(1);
    expect(blocksOf('Is this config valid?\nreplicas:\u00a03\ndebug:\u00a0no')).toEqual(['replicas:\u00a03\ndebug:\u00a0no']);
  });
});
