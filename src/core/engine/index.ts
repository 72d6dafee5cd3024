/** The engine's door: two texts in, a comparison out. It brings the 1.9 MB dictionary: the app imports it in its worker and in chunks loaded on demand, never in the first view. */
// The automatic comparison, from two texts or from two sources already read.
export { compareSources, compareTexts } from './compare';
// How the engine read a pair (as a translation, or as two accounts written apart), for those that say so.
export type { Reading } from './reading';
