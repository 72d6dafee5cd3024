import { IntakeError, SIDE_LIMIT, takeSourceText, type IntakeNotice, type SourceMeta } from '../../core/intake/index';
import type { Lang } from '../../core/model/index';
import { parseHtmlPage } from './readHtml';

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
 * large, then taken by the core's intake, as the command line takes it. Throws an IntakeError.
 */
export async function loadSourceFile(file: File, side: Lang): Promise<LoadedFile> {
  if (file.size > SIDE_LIMIT) throw new IntakeError('too-large', `is ${file.size} bytes`, { fileName: file.name, side, size: file.size });
  const { text, given, notices } = takeSourceText(new Uint8Array(await file.arrayBuffer()), file.name, side, parseHtmlPage);
  return { text, given, notice: notices[0] ?? null };
}
