import { useEffect, useState } from 'react';

/** The editing interface's components, one chunk loaded after the first view. */
export type EditingParts = typeof import('./parts');

/**
 * Loads the editing interface when `wanted` (the app was given a comparison to edit) and returns
 * it once loaded, else null: the first view's script carries none of it.
 */
export function useEditingParts(wanted: boolean): EditingParts | null {
  const [parts, setParts] = useState<EditingParts | null>(null);
  useEffect(() => {
    if (!wanted || parts !== null) return;
    let live = true;
    import('./parts').then(
      (module) => {
        if (live) setParts(module);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [wanted, parts]);
  return wanted ? parts : null;
}
