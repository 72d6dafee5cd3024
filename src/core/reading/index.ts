/** The reading view's door: what it lays out, computed from the comparison. */
// The aligned rows, each paragraph cut into pieces at every quote's edge.
export { layoutReadingRows, type ParagraphView, type ReadingRow, type TextPiece } from './readingRows';
// The overview strip's marks: where the findings that need a look sit in each text.
export { locateFindings, type StripMark } from './overview';
// A page's publication time read into numbers, to be written in the reader's language.
export { readPageTime } from './pageTime';
