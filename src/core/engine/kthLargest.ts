/** Selection of the k-th largest number without sorting them all. Linear on average. */
let selectionScratch = new Float64Array(256);

/**
 * The k-th largest of the first `count` of `values` (k from 1), as a sort would give it, by
 * selection (Hoare's quickselect with a median-of-three pivot) in a scratch copy: a block's keys
 * need only the threshold, and a full sort of every block was the coarse levels' largest cost
 * (blockLevels.ts). A count rather than a view of the values: a view is an object on the heap.
 */
export function kthLargest(values: ArrayLike<number>, k: number, count = values.length): number {
  const n = count;
  if (selectionScratch.length < n) selectionScratch = new Float64Array(2 * n);
  const a = selectionScratch;
  for (let index = 0; index < n; index++) a[index] = values[index] as number;
  const target = n - k; // its index in ascending order
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const x = a[low] as number;
    const y = a[middle] as number;
    const z = a[high] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return a[target] as number;
  }
  return a[target] as number;
}
