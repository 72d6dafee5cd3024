/** How far a long computation has gone: a fraction from 0 to 1. */
export type ProgressCallback = (fraction: number) => void;

/**
 * Wraps a progress callback so that it hears each fraction at most once, only rising, within
 * [0, 1]: stages can report their own share without knowing what was reported before them.
 */
export function risingProgress(onProgress: ProgressCallback | undefined): ProgressCallback {
  if (!onProgress) return () => {};
  let last = -1;
  return (fraction) => {
    const clamped = Math.min(1, Math.max(0, fraction));
    if (clamped <= last) return;
    last = clamped;
    onProgress(clamped);
  };
}
