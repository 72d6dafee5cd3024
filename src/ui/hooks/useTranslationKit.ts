import type { Comparison } from '../../core/model/index';
import type { TranslationKit } from '../translationKit';
import { useLazyModule } from './useLazyModule';

export type TranslationStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface TranslationKitState {
  readonly status: TranslationStatus;
  /** The translations and their tools once loaded; null until then, or when loading failed. */
  readonly kit: TranslationKit | null;
}

/**
 * Loads the translations of the comparison's texts the first time they are `wanted`, and keeps
 * them: a reader who goes back to the originals and returns waits only once.
 */
export function useTranslationKit(comparison: Comparison, wanted: boolean): TranslationKitState {
  const load = () => import('../translationKit').then(({ loadTranslationKit }) => loadTranslationKit(comparison));
  const { status, value } = useLazyModule(wanted ? load : null, comparison);
  return { status, kit: value };
}
