import { useId } from 'react';
import '../styles/library.css';
import { ImportButton } from '../components/ImportButton';
import { toLibraryError } from './LibraryError';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface LinkFailureProps {
  /** Why the library could not give the comparison the link names. */
  readonly error: unknown;
  /** Opens a comparison file the reader picked, as the header's Open does. */
  readonly onOpenFile: (file: File) => void;
  /** Shows the comparison the app ships with instead, and takes the link's `c=` out of the address. */
  readonly onReadShipped: () => void;
}

/**
 * What a reader sees when a link (`?c=…`) names a comparison this browser's library cannot give:
 * most often a link sent by someone else, whose comparison lives in their browser only. It takes
 * the place of the reading view, at the top of the page, so that nobody mistakes the shipped
 * comparison for the one they were sent; it speaks to whoever opened the link, not to the owner,
 * and says what to do: ask the sender for the comparison file and open it, or read the example.
 */
export function LinkFailure({ error, onOpenFile, onReadShipped }: LinkFailureProps) {
  const { t } = useLibraryTranslation();
  const headingId = useId();
  const { code } = toLibraryError(error);
  return (
    <main className="link-failure">
      <section role="alert" aria-labelledby={headingId} className="link-failure__box">
        <h2 id={headingId} className="link-failure__title">
          {t(code === 'not-found' ? 'link.notHereTitle' : 'link.unreadableTitle')}
        </h2>
        <p>{code === 'not-found' ? t('link.notHere') : `${t('link.unreadable')} ${t(`problem.${code}`)}`}</p>
        <p>{t('link.ask')}</p>
        <div className="link-failure__actions">
          <ImportButton onFile={onOpenFile} />
          <button type="button" className="button button--quiet" onClick={onReadShipped}>
            {t('link.readShipped')}
          </button>
        </div>
      </section>
    </main>
  );
}
