/**
 * Sorts a short list in place by insertion, stably, as `Array.prototype.sort` with the same
 * comparison would. For the handful of items that judging a group sorts (the facts a match shares,
 * the pairs of facts it weighs): the built-in sort sets up a workspace for every call, and at
 * 20,000 sentences a side those sorts were some 4 MB of garbage (sampled). Quadratic: not for long lists.
 */
export function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let index = 1; index < items.length; index++) {
    const item = items[index] as T;
    let at = index;
    for (; at > 0 && compare(items[at - 1] as T, item) > 0; at--) items[at] = items[at - 1] as T;
    items[at] = item;
  }
}
