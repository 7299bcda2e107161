import { describe, expect, it } from 'vitest';
import { ErrorReply } from 'redis';
import {
  createIndexArgs,
  isIndexExistsError,
  isMissingIndexError,
  isUnknownCommandError,
  keysSearchArgs,
  knnQuery,
  knnSearchArgs,
  parseIndexList,
  parseInfoNumDocs,
  parseKeysReply,
  parseKnnReply,
  similarityFromDistance,
  tagFilterQuery,
} from '../../../../src/store/redis/search-commands.ts';

const PREFIX = 'semcache:m:8:entry:';

describe('FT.CREATE arguments', () => {
  it('indexes entry hashes by prefix with TAG filters and an HNSW COSINE FLOAT32 vector of the dimension', () => {
    expect(createIndexArgs({ indexName: 'semcache:m:8:idx', entryPrefix: PREFIX, dimension: 8 })).toEqual([
      'FT.CREATE', 'semcache:m:8:idx', 'ON', 'HASH', 'PREFIX', '1', PREFIX,
      'SCHEMA',
      'partition', 'TAG', 'route', 'TAG', 'model', 'TAG', 'tenant', 'TAG',
      'vec', 'VECTOR', 'HNSW', '6', 'TYPE', 'FLOAT32', 'DIM', '8', 'DISTANCE_METRIC', 'COSINE',
    ]);
  });

  it('counts the HNSW attribute arguments it passes', () => {
    const args = createIndexArgs({ indexName: 'i', entryPrefix: 'p:', dimension: 100 });
    const at = args.indexOf('HNSW');
    const count = Number(args[at + 1]);
    expect(args.slice(at + 2)).toHaveLength(count);
  });
});

describe('KNN query', () => {
  it('filters by partition inside the KNN clause', () => {
    expect(knnQuery('ab12', 5)).toBe('(@partition:{ab12})=>[KNN 5 @vec $v AS dist]');
  });

  it('builds FT.SEARCH returning the distance and the prompt text, nearest first, k results, dialect 2', () => {
    const blob = Buffer.from([1, 2, 3, 4]);
    expect(knnSearchArgs({ indexName: 'idx', partitionTag: 'ab12', vectorBlob: blob, k: 20 })).toEqual([
      'FT.SEARCH', 'idx', '(@partition:{ab12})=>[KNN 20 @vec $v AS dist]',
      'RETURN', '2', 'dist', 'text',
      'SORTBY', 'dist',
      'LIMIT', '0', '20',
      'PARAMS', '2', 'v', blob,
      'DIALECT', '2',
    ]);
  });

  it('refuses a partition that is not tag-encoded and a k that is not a positive integer', () => {
    expect(() => knnQuery('a-b', 5)).toThrow(/tag-encoded/);
    expect(() => knnQuery('ab', 0)).toThrow(/k must/);
    expect(() => knnQuery('ab', 1.5)).toThrow(/k must/);
  });

  it('turns COSINE distance into cosine similarity', () => {
    expect(similarityFromDistance(0)).toBe(1);
    expect(similarityFromDistance(1)).toBe(0);
    expect(similarityFromDistance(2)).toBe(-1);
  });
});

describe('tag filter query', () => {
  it('ANDs the given fields and omits the missing ones', () => {
    expect(tagFilterQuery({ route: 'x61', tenant: 'ff' })).toBe('@route:{x61} @tenant:{ff}');
    expect(tagFilterQuery({ model: 'x6d' })).toBe('@model:{x6d}');
  });

  it('is undefined for an empty filter (which must match nothing)', () => {
    expect(tagFilterQuery({})).toBeUndefined();
  });

  it('builds a NOCONTENT search for keys in batches', () => {
    expect(keysSearchArgs('idx', '@route:{x61}', 500)).toEqual([
      'FT.SEARCH', 'idx', '@route:{x61}', 'NOCONTENT', 'LIMIT', '0', '500', 'DIALECT', '2',
    ]);
  });
});

describe('RESP2 reply parsing', () => {
  it('reads keys and distances of a KNN reply in order', () => {
    const reply = [2, `${PREFIX}a`, ['dist', '0'], `${PREFIX}b`, ['dist', '0.292893230915']];
    expect(parseKnnReply(reply)).toEqual([
      { key: `${PREFIX}a`, distance: 0 },
      { key: `${PREFIX}b`, distance: 0.292893230915 },
    ]);
  });

  it('reads each row\'s prompt text with its distance, whichever order the fields come in', () => {
    const reply = [
      3,
      `${PREFIX}a`, ['dist', '0.1', 'text', 'how do i boil an egg?'],
      `${PREFIX}b`, [Buffer.from('text'), Buffer.from('¿dónde está el baño? 🚻'), Buffer.from('dist'), Buffer.from('0.2')],
      `${PREFIX}c`, ['dist', '0.3'],
    ];
    expect(parseKnnReply(reply)).toEqual([
      { key: `${PREFIX}a`, distance: 0.1, text: 'how do i boil an egg?' },
      { key: `${PREFIX}b`, distance: 0.2, text: '¿dónde está el baño? 🚻' },
      { key: `${PREFIX}c`, distance: 0.3 },
    ]);
  });

  it('skips a key that expired mid-query (null or empty fields, or a null key)', () => {
    const reply = [4, `${PREFIX}a`, null, `${PREFIX}b`, [], null, null, `${PREFIX}c`, ['dist', '1.5']];
    expect(parseKnnReply(reply)).toEqual([{ key: `${PREFIX}c`, distance: 1.5 }]);
  });

  it('reads distances in exponent notation and Buffer replies', () => {
    const reply = [1, Buffer.from(`${PREFIX}a`), [Buffer.from('dist'), Buffer.from('1.19209289551e-07')]];
    expect(parseKnnReply(reply)[0]!.distance).toBeCloseTo(1.19209289551e-7, 15);
  });

  it('reads an empty result', () => {
    expect(parseKnnReply([0])).toEqual([]);
  });

  it('refuses a reply that is not a RESP2 array (e.g. a RESP3 map)', () => {
    expect(() => parseKnnReply({ total_results: 0, results: [] })).toThrow(/RESP2/);
  });

  it('reads a NOCONTENT reply as keys', () => {
    expect(parseKeysReply([2, `${PREFIX}a`, `${PREFIX}b`])).toEqual([`${PREFIX}a`, `${PREFIX}b`]);
    expect(parseKeysReply([0])).toEqual([]);
  });

  it('reads FT._LIST', () => {
    expect(parseIndexList(['a', 'b'])).toEqual(['a', 'b']);
    expect(parseIndexList([])).toEqual([]);
  });

  it('reads num_docs from FT.INFO as a string or an integer', () => {
    const info = (numDocs: unknown) => [
      'index_name', 'idx', 'index_options', [],
      'index_definition', ['key_type', 'HASH', 'prefixes', [PREFIX], 'default_score', '1'],
      'attributes', [['identifier', 'partition', 'attribute', 'partition', 'type', 'TAG']],
      'num_docs', numDocs, 'max_doc_id', '9', 'num_terms', '0',
    ];
    expect(parseInfoNumDocs(info('7'))).toBe(7);
    expect(parseInfoNumDocs(info(7))).toBe(7);
    expect(() => parseInfoNumDocs(['index_name', 'idx'])).toThrow(/num_docs/);
  });
});

describe('error classification', () => {
  it('tells a missing Query Engine, an existing index and a missing index apart', () => {
    const unknown = new ErrorReply("ERR unknown command 'FT._LIST', with args beginning with: ");
    expect(isUnknownCommandError(unknown)).toBe(true);
    expect(isIndexExistsError(new ErrorReply('Index already exists'))).toBe(true);
    expect(isMissingIndexError(new ErrorReply('idx: no such index'))).toBe(true);
    expect(isMissingIndexError(new ErrorReply('Unknown Index name'))).toBe(true);
    expect(isUnknownCommandError(new ErrorReply('Index already exists'))).toBe(false);
  });
});
