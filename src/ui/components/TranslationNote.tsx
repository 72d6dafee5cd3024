import { useTranslation } from 'react-i18next';
import type { Lang, ReadingMode, Translation } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import type { TranslationStatus } from '../hooks/useTranslationKit';

export interface TranslationNoteProps {
  /** The column's source language. */
  readonly lang: Lang;
  readonly uiLang: UiLang;
  readonly mode: ReadingMode;
  readonly status: TranslationStatus;
  /** The column's translation into the reader's language, once loaded; null when there is none. */
  readonly translation: Translation | null;
}

/**
 * Says, under a source's particulars, how its text is shown when the reader asked for translations:
 * in translation, and by whom and how; or in the original, because it is already in the reader's
 * language, because the translation is still loading, or because there is none.
 */
export function TranslationNote({ lang, uiLang, mode, status, translation }: TranslationNoteProps) {
  const { t } = useTranslation('compare');
  if (mode === 'original') return null;
  if (lang === uiLang) return <p className="translation-note translation-note--quiet">{t('translation.original')}</p>;
  if (status === 'loading' || status === 'idle') {
    return (
      <p className="translation-note translation-note--quiet" role="status">
        {t('translation.loading')}
      </p>
    );
  }
  if (!translation) {
    return <p className="translation-note translation-note--quiet">{t(status === 'failed' ? 'translation.failed' : 'translation.missing')}</p>;
  }
  return (
    <div className="translation-note">
      <p className="translation-note__by">{t('translation.by', { translator: translation.translator })}</p>
      {(translation.method !== null || translation.notes !== null) && (
        <details className="translation-note__about">
          <summary>{t('translation.about')}</summary>
          {translation.method !== null && <p lang={translation.lang}>{translation.method}</p>}
          {translation.notes !== null && <p lang={translation.lang}>{translation.notes}</p>}
        </details>
      )}
    </div>
  );
}
