import { describe, expect, it } from 'vitest';
import { insertionSort } from '../../../src/core/engine/insertionSort';

describe('insertionSort', () => {
  it('orders as the built-in sort does, ties kept in their order', () => {
    const items = [
      { key: 3, name: 'a' },
      { key: 1, name: 'b' },
      { key: 3, name: 'c' },
      { key: 2, name: 'd' },
      { key: 1, name: 'e' },
    ];
    const expected = [...items].sort((x, y) => x.key - y.key);
    insertionSort(items, (x, y) => x.key - y.key);
    expect(items.map((item) => item.name)).toEqual(expected.map((item) => item.name));
    expect(items.map((item) => item.name)).toEqual(['b', 'e', 'd', 'a', 'c']);
  });

  it('leaves empty and one-item lists alone, and sorts in descending order when told', () => {
    const empty: number[] = [];
    insertionSort(empty, (a, b) => a - b);
    expect(empty).toEqual([]);
    const one = [7];
    insertionSort(one, (a, b) => a - b);
    expect(one).toEqual([7]);
    const numbers = [5, 9, 1, 7, 3, 9, 0];
    insertionSort(numbers, (a, b) => b - a);
    expect(numbers).toEqual([9, 9, 7, 5, 3, 1, 0]);
  });
});
