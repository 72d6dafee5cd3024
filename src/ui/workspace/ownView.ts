/** The view of a comparison of the reader's own: the reading view with its editing tools. */
export type OwnView = typeof import('../OwnComparison').OwnComparison;

/**
 * Loads the view of a comparison of the reader's own, to be shown without Suspense once it has
 * arrived: React holds back content that replaces a Suspense fallback by 300 ms, which was most of
 * the time to open a short comparison. The shipped comparison's first view does without it.
 */
export function loadOwnView(): Promise<OwnView> {
  return import('../OwnComparison').then((module) => module.OwnComparison);
}
