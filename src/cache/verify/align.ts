/**
 * One stretch where the two token sequences differ: `left[leftStart, leftEnd)` was replaced by
 * `right[rightStart, rightEnd)` (either may be empty).
 */
export interface Hunk {
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
}

/** The most edits the aligner looks for: beyond that the texts are reworded, not near-duplicates. */
export const MAX_EDITS = 64;

/**
 * Aligns two key sequences: the common prefix and suffix are stripped first (a template, retrieved context or
 * a 100 KB document shared by both costs one linear pass), then Myers' O(ND) diff runs on the middle with the
 * edit count bounded by MAX_EDITS, so adversarial input costs O((N + M) · MAX_EDITS) at most. Returns undefined
 * when the middle needs more edits than that.
 */
export function align(left: readonly string[], right: readonly string[]): Hunk[] | undefined {
  return alignWith(left, right, myersChanges);
}

/** Runs of common, added and removed keys, in order (`kinds` holds COMMON, ADDED or REMOVED). */
export interface Changes {
  kinds: number[];
  counts: number[];
}

/** `align` with another diff of the middles, given as `changesOf(oldMiddle, newMiddle, maxEdits)` (tests compare two). */
export function alignWith(
  left: readonly string[],
  right: readonly string[],
  changesOf: (left: readonly string[], right: readonly string[], maxEdits: number) => Changes | undefined,
): Hunk[] | undefined {
  let prefix = 0;
  while (prefix < left.length && prefix < right.length && left[prefix] === right[prefix]) prefix++;
  let suffix = 0;
  while (suffix < left.length - prefix && suffix < right.length - prefix && left[left.length - 1 - suffix] === right[right.length - 1 - suffix]) suffix++;
  const leftMiddle = left.slice(prefix, left.length - suffix);
  const rightMiddle = right.slice(prefix, right.length - suffix);
  if (leftMiddle.length === 0 && rightMiddle.length === 0) return [];
  if (leftMiddle.length === 0 || rightMiddle.length === 0) {
    return [{ leftStart: prefix, leftEnd: prefix + leftMiddle.length, rightStart: prefix, rightEnd: prefix + rightMiddle.length }];
  }
  if (Math.abs(leftMiddle.length - rightMiddle.length) > MAX_EDITS) return undefined;
  const changes = changesOf(leftMiddle, rightMiddle, MAX_EDITS);
  if (changes === undefined) return undefined;
  const hunks: Hunk[] = [];
  let leftAt = prefix;
  let rightAt = prefix;
  let open: Hunk | undefined;
  for (let i = 0; i < changes.kinds.length; i++) {
    const count = changes.counts[i]!;
    const kind = changes.kinds[i]!;
    if (kind === COMMON) {
      if (open) hunks.push(open);
      open = undefined;
      leftAt += count;
      rightAt += count;
      continue;
    }
    open ??= { leftStart: leftAt, leftEnd: leftAt, rightStart: rightAt, rightEnd: rightAt };
    if (kind === REMOVED) {
      leftAt += count;
      open.leftEnd = leftAt;
    } else {
      rightAt += count;
      open.rightEnd = rightAt;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

export const COMMON = 0;
export const ADDED = 1;
export const REMOVED = 2;

/**
 * Myers' greedy diff (1986) of `left` (old) into `right` (new) as runs of common, added and removed keys in order,
 * or undefined past `maxEdits` edits. It makes the same choices, in the same order, as `diffArrays` of the `diff`
 * package (jsdiff 9: farthest-reaching path per diagonal, ties to the insertion, diagonals that reached an edge
 * dropped), so the alignment of tied tokens is jsdiff's — test/unit/cache/verify/align.test.ts compares the two
 * on the verifier corpus and on random sequences. It keeps paths as indices into flat arrays instead of a linked
 * object per component, and checks no clock per edit length: ~3× faster per pair of prompts than the package (7
 * against 23 µs on STS-B sentence pairs; bench/RESULTS.md).
 */
function myersChanges(left: readonly string[], right: readonly string[], maxEdits: number): Changes | undefined {
  const oldLen = left.length;
  const newLen = right.length;
  const maxEditLength = Math.min(oldLen + newLen, maxEdits);
  // Components: a path's runs, newest last, linked backwards (`previous`), shared between paths.
  const kinds: number[] = [];
  const counts: number[] = [];
  const previous: number[] = [];
  const component = (kind: number, count: number, before: number) => {
    kinds.push(kind);
    counts.push(count);
    previous.push(before);
    return kinds.length - 1;
  };
  // The best path per diagonal (oldPos - newPos), offset so the index is never negative.
  const offset = maxEditLength + 1;
  const size = 2 * offset + 1;
  const pathOld = new Int32Array(size);
  const pathLast = new Int32Array(size);
  const pathSet = new Uint8Array(size);
  // Follows the common run from a path's position on `diagonal`; returns the new position in `right`.
  const extractCommon = (diagonal: number): number => {
    const at = diagonal + offset;
    let oldPos = pathOld[at]!;
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && left[oldPos + 1] === right[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common > 0) pathLast[at] = component(COMMON, common, pathLast[at]!);
    pathOld[at] = oldPos;
    return newPos;
  };
  const result = (last: number) => {
    const order: number[] = [];
    for (let at = last; at !== -1; at = previous[at]!) order.push(at);
    order.reverse();
    return { kinds: order.map((at) => kinds[at]!), counts: order.map((at) => counts[at]!) };
  };

  pathOld[offset] = -1;
  pathLast[offset] = -1;
  pathSet[offset] = 1;
  let newPos = extractCommon(0);
  if (pathOld[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return result(pathLast[offset]!);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const at = diagonal + offset;
      const hasRemove = pathSet[at - 1] === 1;
      const hasAdd = pathSet[at + 1] === 1;
      const removeOld = pathOld[at - 1]!;
      const removeLast = pathLast[at - 1]!;
      if (hasRemove) pathSet[at - 1] = 0; // no later diagonal reads it
      const canAdd = hasAdd && pathOld[at + 1]! - diagonal >= 0 && pathOld[at + 1]! - diagonal < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathSet[at] = 0;
        continue;
      }
      let baseOld: number;
      let baseLast: number;
      let kind: number;
      if (!canRemove || (canAdd && removeOld < pathOld[at + 1]!)) {
        baseOld = pathOld[at + 1]!;
        baseLast = pathLast[at + 1]!;
        kind = ADDED;
      } else {
        baseOld = removeOld + 1;
        baseLast = removeLast;
        kind = REMOVED;
      }
      // Extend the base path's last run when it is of the same kind, else start a run.
      pathLast[at] = baseLast !== -1 && kinds[baseLast] === kind ? component(kind, counts[baseLast]! + 1, previous[baseLast]!) : component(kind, 1, baseLast);
      pathOld[at] = baseOld;
      pathSet[at] = 1;
      newPos = extractCommon(diagonal);
      if (pathOld[at]! + 1 >= oldLen && newPos + 1 >= newLen) return result(pathLast[at]!);
      if (pathOld[at]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}
