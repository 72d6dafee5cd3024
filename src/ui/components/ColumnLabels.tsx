import { useTranslation } from 'react-i18next';
import { LANGS, type Lang, type ReadingMode } from '../../core/model/index';
import type { ShownTranslation } from './AlignedRow';

export interface ColumnLabelsProps {
  readonly mode: ReadingMode;
  readonly shownTranslation: ShownTranslation | null;
}

/**
 * Each column's language and source over the texts, hidden from assistive technology (each cell
 * names its own source); once the reader asked for translations, each also says how its text is
 * shown: as written, in translation, or both.
 */
export function ColumnLabels({ mode, shownTranslation }: ColumnLabelsProps) {
  const { t } = useTranslation('compare');
  const shows = (lang: Lang): string | null => {
    if (mode === 'original') return null;
    if (shownTranslation?.layout.translation.source !== lang) return t('translation.column.original');
    return t(shownTranslation.placement === 'instead' ? 'translation.column.translation' : 'translation.column.both');
  };
  return (
    <div className="texts__columns" aria-hidden="true">
      {LANGS.map((lang) => (
        <p key={lang} className="texts__column-label">
          <span className="lang-tag">{t(`langTag.${lang}`)}</span> {t(`source.${lang}`)}
          {shows(lang) !== null && <span className="texts__column-shows"> · {shows(lang)}</span>}
        </p>
      ))}
    </div>
  );
}
