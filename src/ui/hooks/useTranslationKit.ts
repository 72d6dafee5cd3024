import { useEffect, useState } from 'react';
import type { Comparison } from '../../core/model/index';
import type { TranslationKit } from '../translationKit';

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
  const [loaded, setLoaded] = useState<{ comparison: Comparison; kit: TranslationKit | null } | null>(null);
  const settled = loaded !== null && loaded.comparison === comparison;

  useEffect(() => {
    if (!wanted || settled) return;
    let current = true;
    import('../translationKit')
      .then(({ loadTranslationKit }) => loadTranslationKit(comparison))
      .then(
        (kit) => {
          if (current) setLoaded({ comparison, kit });
        },
        (error: unknown) => {
          console.error(error);
          if (current) setLoaded({ comparison, kit: null });
        },
      );
    return () => {
      current = false;
    };
  }, [comparison, wanted, settled]);

  if (settled) return { status: loaded.kit ? 'ready' : 'failed', kit: loaded.kit };
  return { status: wanted ? 'loading' : 'idle', kit: null };
}
