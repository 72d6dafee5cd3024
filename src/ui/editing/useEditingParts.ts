import { useLazyModule } from '../hooks/useLazyModule';

/** The editing interface's components, one chunk loaded after the first view. */
export type EditingParts = typeof import('./parts');

/**
 * Loads the editing interface when `wanted` (the app was given a comparison to edit) and returns
 * it once loaded, else null: the first view's script carries none of it.
 */
export function useEditingParts(wanted: boolean): EditingParts | null {
  const parts = useLazyModule(wanted ? () => import('./parts') : null).value;
  return wanted ? parts : null;
}
