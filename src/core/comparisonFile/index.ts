/** The comparison file's door: reading it (checked, with located errors) and writing it, whole or in pieces. */
// Reading and writing the file, and what is wrong with a file that is not a comparison.
export { ComparisonFormatError, describeIssue, parseComparison, serializeComparison, type FormatIssue, type FormatIssueCode } from './format';
// A file a reader hands over, as bytes: its size checked before it is read, then read.
export { checkComparisonFileSize, COMPARISON_FILE_LIMIT, readComparisonBytes } from './comparisonBytes';
// The file written one piece at a time, for the command line's streamed output.
export { comparisonChunks } from './comparisonChunks';
// The reader on first use, a chunk of its own: the app's first view trusts the shipped file.
export { loadComparisonParser } from './loadComparisonParser';
