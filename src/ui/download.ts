import type { ExportFile } from '../core/export/index';

/** Long enough for any browser to have started the download before the URL goes. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a file as a browser downloads one: its text in a Blob behind an object URL, followed
 * through a link that names the file. Nothing leaves the reader's machine.
 */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
