import { useTranslation } from 'react-i18next';
import { UI_LANGS, toUiLang } from '../../i18n/i18n';

/**
 * Switches the interface between French and English. Its name is written in both languages, and
 * each choice in its own, so that a reader who does not read the current language still finds it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = toUiLang(i18n.resolvedLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {UI_LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          aria-label={t(`language.${lang}`)}
          title={t(`language.${lang}`)}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
