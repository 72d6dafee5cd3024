/** The intake's door: a text brought in (bytes, HTML, Markdown with front matter) becomes a Source. */
// The one intake of the app and the command line: bytes or a typed text to a source, and its limit.
export { readSourceBytes, readSourceText, takeSourceText, type ParseHtml, type SourceIntake } from './readSource';
export { isTextByName, SIDE_LIMIT, type IntakeNotice } from './decodeSourceBytes';
export { IntakeError, type IntakeErrorCode } from './intakeError';
// A file that is no text at all (a PDF, an archive, an image), told apart before it is decoded.
export { looksBinary, recogniseFileSignature, type FileSignature } from './fileSignature';
// A web page's text and details, from the tree that the host's HTML parser builds.
export { htmlToText, type HtmlText } from './htmlToText';
export type { HtmlNode } from './htmlNode';
// The two texts checked as a pair before they are compared: empty, too large, in the wrong language.
export { checkPair, utf8Length, type PairIssue } from './checkPair';
// A source's details (title, outlet, date, byline, address): found in its text, checked, applied.
export { applySourceMeta, checkSourceMeta, detectSourceMeta, SOURCE_META_FIELDS, type SourceMeta, type SourceMetaField, type SourceMetaIssue } from './sourceMeta';
// A source file of the repository (sources/<pair>/fr.md), for the curators' sync script.
export { readSourceFile } from './sourceFile';
