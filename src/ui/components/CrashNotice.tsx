import { useTranslation } from 'react-i18next';

/** What the reader sees when drawing the page failed: a plain message and a way out, never a blank page. */
export function CrashNotice() {
  const { t } = useTranslation('common');
  return (
    <main className="load-error">
      <div role="alert" className="load-error__box">
        <h2>{t('error.crashTitle')}</h2>
        <p>{t('error.crashIntro')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </main>
  );
}
