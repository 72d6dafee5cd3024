import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export interface AppHeaderProps {
  /** Opens the keyboard help; without it there is no help button. */
  readonly onHelp?: () => void;
  /** The id of the main content, for the link that skips the header; without it there is none. */
  readonly skipTo?: string;
  /** More tools, before the language switch (the reading view's Export and Open). */
  readonly children?: ReactNode;
}

/** The top bar: the product's name, the tools it is given, the language switch and, when there is one, the help. */
export function AppHeader({ onHelp, skipTo, children }: AppHeaderProps) {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      {skipTo && (
        <a className="skip-link" href={`#${skipTo}`}>
          {t('app.skipToTexts')}
        </a>
      )}
      <div className="app-header__inner">
        <div className="app-brand">
          <svg className="app-brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect x="3" y="5" width="11" height="22" rx="2" />
            <rect x="18" y="5" width="11" height="22" rx="2" />
            <path d="M6 11h5M6 15h5M6 19h3M21 11h5M21 15h5M21 19h3" />
          </svg>
          <div>
            <h1 className="app-brand__name">{t('app.name')}</h1>
            <p className="app-brand__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="app-header__tools">
          {children}
          <LanguageSwitch />
          {onHelp && (
            <button type="button" className="icon-button" onClick={onHelp} aria-label={t('help.open')} title={t('help.open')} aria-haspopup="dialog">
              <span aria-hidden="true">?</span>
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
