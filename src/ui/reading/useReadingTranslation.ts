import { useMemo } from 'react';
import type { ClaimWording } from '../../core/findings/index';
import type { Comparison, Lang, ReadingMode, Finding, FindingKind, Translation } from '../../core/model/index';
import type { TranslationLayout } from '../../core/translation/index';
import type { UiLang } from '../../i18n/i18n';
import type { ShownTranslation } from '../components/AlignedRow';
import { useReadingMode } from '../hooks/useReadingMode';
import { useTranslationKit, type TranslationStatus } from '../hooks/useTranslationKit';

export interface ReadingTranslation {
  readonly mode: ReadingMode;
  readonly chooseMode: (mode: ReadingMode) => void;
  readonly status: TranslationStatus;
  /** The translation of each source into the other language, once loaded. */
  readonly translations: Readonly<Record<Lang, Translation | null>> | null;
  /** The translation shown, in its source's column; null when every column shows its original. */
  readonly shown: ShownTranslation | null;
  readonly layout: TranslationLayout | null;
  /** The open finding's quotes compared word by word in the reader's language; null until the translations have loaded, or when it quotes one side only. */
  readonly wording: ClaimWording | null;
}

/**
 * The reading mode and what it shows. Translations load when the reader first asks for them, or
 * opens a finding whose quotes can be compared word by word; a text is translated into the reader's
 * language, so only the other language's text ever shows a translation.
 */
export function useReadingTranslation(
  comparison: Comparison,
  uiLang: UiLang,
  shownKinds: ReadonlySet<FindingKind>,
  openFinding: Finding | null,
): ReadingTranslation {
  const [mode, chooseMode] = useReadingMode();
  const otherLang = uiLang === 'fr' ? 'en' : 'fr';
  const quotesBoth = openFinding !== null && openFinding.fr.length > 0 && openFinding.en.length > 0;
  const { status, kit } = useTranslationKit(comparison, mode !== 'original' || quotesBoth);
  const shown = useMemo<ShownTranslation | null>(() => {
    const layout = mode === 'original' || !kit ? null : kit.layout(otherLang, shownKinds);
    return layout ? { layout, placement: mode === 'translation' ? 'instead' : 'beneath' } : null;
  }, [kit, mode, otherLang, shownKinds]);
  const wording = useMemo(
    () => (openFinding && quotesBoth && kit ? kit.compareWording(openFinding, uiLang) : null),
    [openFinding, quotesBoth, kit, uiLang],
  );
  return { mode, chooseMode, status, translations: kit?.translations ?? null, shown, layout: shown?.layout ?? null, wording };
}
