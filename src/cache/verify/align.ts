import { diffArrays } from 'diff';

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
 * a 100 KB document shared by both costs one linear pass), then Myers' O(ND) diff (the `diff` package) runs on
 * the middle with the edit count bounded by MAX_EDITS, so adversarial input costs O((N + M) · MAX_EDITS) at most.
 * Returns undefined when the middle needs more edits than that.
 */
export function align(left: readonly string[], right: readonly string[]): Hunk[] | undefined {
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
  const changes = diffArrays(leftMiddle, rightMiddle, { maxEditLength: MAX_EDITS });
  if (changes === undefined) return undefined;
  const hunks: Hunk[] = [];
  let leftAt = prefix;
  let rightAt = prefix;
  let open: Hunk | undefined;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = undefined;
      leftAt += count;
      rightAt += count;
      continue;
    }
    open ??= { leftStart: leftAt, leftEnd: leftAt, rightStart: rightAt, rightEnd: rightAt };
    if (change.removed) {
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
