/** The text room's door: a value read from a file, shown in a message or a terminal without harm. */
// A text quoted, cut and escaped for one line of a message; every control character shown as an escape.
export { quoteInput } from './quoteInput';
export { showControlCharacters } from './controlCharacters';
