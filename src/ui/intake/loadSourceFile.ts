import { decodeSourceBytes, IntakeError, SIDE_LIMIT, type IntakeNotice, type Lang, type SourceMeta } from '../../core/index';
import { readHtml } from './readHtml';

/** A file read for one side: its text, the details a web page gave, and how it was read. */
export interface LoadedFile {
  readonly text: string;
  readonly given: SourceMeta | null;
  readonly notice: IntakeNotice | null;
}

/** What the file pickers offer; a file dropped may be anything, and its bytes decide. */
export const SOURCE_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/**
 * Reads a file the reader picked or dropped for `side`: refused before it is read when it is too
 * large, then decoded by the core and, for a web page, reduced to its text. Throws an IntakeError.
 */
export async function loadSourceFile(file: File, side: Lang): Promise<LoadedFile> {
  if (file.size > SIDE_LIMIT) throw new IntakeError('too-large', `is ${file.size} bytes`, { fileName: file.name, side, size: file.size });
  const decoded = decodeSourceBytes(new Uint8Array(await file.arrayBuffer()), file.name, side);
  const notice = decoded.notices[0] ?? null;
  if (decoded.format === 'text') return { text: decoded.text, given: null, notice };
  const page = readHtml(decoded.text);
  if (page.text.trim() === '') throw new IntakeError('empty', 'is a web page without text', { fileName: file.name, side });
  return { text: page.text, given: page.meta, notice };
}
