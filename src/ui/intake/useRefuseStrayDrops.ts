import { useEffect } from 'react';

/**
 * Refuses a file dropped anywhere on the page but a text box, for as long as the calling component
 * is shown: the browser would leave the page for the file, and the reader's draft with it. The text
 * boxes take their files first (useFileDrop.ts stops the drag there).
 */
export function useRefuseStrayDrops(): void {
  useEffect(() => {
    const refuseDrop = (event: DragEvent) => {
      if (!Array.from(event.dataTransfer?.types ?? []).includes('Files')) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuseDrop);
    window.addEventListener('drop', refuseDrop);
    return () => {
      window.removeEventListener('dragover', refuseDrop);
      window.removeEventListener('drop', refuseDrop);
    };
  }, []);
}
