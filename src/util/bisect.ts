/** The index of the first item of an ascending list greater than `value` (the list's length if none), by bisection. */
export function firstAbove(list: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
