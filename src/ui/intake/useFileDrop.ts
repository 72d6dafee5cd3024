import { useState, type DragEvent } from 'react';

/** The drag handlers a drop target spreads on itself. */
export interface FileDropHandlers {
  readonly onDragEnter: (event: DragEvent<HTMLElement>) => void;
  readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
  readonly onDragLeave: () => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
}

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Makes an element take a dropped file: `dropping` while files are dragged over it, for the reader
 * to see where they will go, and the first file dropped to `onFile`. A drag of text is left to the
 * element (a text box inserts it itself).
 */
export function useFileDrop(onFile: (file: File) => void): { readonly dropping: boolean; readonly handlers: FileDropHandlers } {
  const [dropping, setDropping] = useState(false);
  const handlers: FileDropHandlers = {
    onDragEnter: (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDropping(true);
    },
    onDragOver: (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      // The page refuses files dropped elsewhere (useRefuseStrayDrops.ts): this element is where they go.
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event) => {
      setDropping(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const file = event.dataTransfer.files[0];
      if (file) onFile(file);
    },
  };
  return { dropping, handlers };
}
