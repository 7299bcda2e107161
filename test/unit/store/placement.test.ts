import { describe, expect, it } from 'vitest';
import { entryIdOf, parseEntryId, PLACEMENT_TAG_LENGTH, placementTag } from '../../../src/store/placement.ts';

const partition = '9f2c51d0aa11bb22cc33dd44ee55ff66';
const digest = '41ab'.repeat(8);

describe('entry ids and placement', () => {
  it('keeps a spread entry\'s id the bare digest, as before the option existed', () => {
    expect(entryIdOf(digest, partition, 'spread')).toBe(digest);
    expect(parseEntryId(digest)).toEqual({ digest });
  });

  it('prefixes a partition-placed id with the first 8 hex digits of its partition digest', () => {
    expect(PLACEMENT_TAG_LENGTH).toBe(8);
    expect(placementTag(partition)).toBe('9f2c51d0');
    const id = entryIdOf(digest, partition, 'partition');
    expect(id).toBe(`9f2c51d0-${digest}`);
    expect(parseEntryId(id)).toEqual({ tag: '9f2c51d0', digest });
  });

  it('gives every entry of one partition the same tag, whatever its text', () => {
    const other = 'deadbeef'.repeat(4);
    expect(parseEntryId(entryIdOf(digest, partition, 'partition'))?.tag).toBe(parseEntryId(entryIdOf(other, partition, 'partition'))?.tag);
  });

  it.each([
    ['an empty string', ''],
    ['upper-case hex', digest.toUpperCase()],
    ['a short tag', `9f2c51d-${digest}`],
    ['a long tag', `9f2c51d0a-${digest}`],
    ['two separators', `9f2c51d0-${digest}-00`],
    ['a hash tag in braces', `{9f2c51d0}${digest}`],
    ['a glob', `${digest}*`],
    ['too short a digest', '9f2c51d0-abc'],
  ])('rejects %s', (_name, id) => {
    expect(parseEntryId(id)).toBeUndefined();
  });
});
