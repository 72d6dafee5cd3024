/** Half-open ranges and quotes that share text. */

/** Whether two half-open stretches of one text share a code unit; stretches that only touch do not. */
export function rangesOverlap(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
