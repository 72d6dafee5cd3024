import { useEffect } from 'react';

/**
 * Once the app has drawn (hydrated the page's snapshot of the first view, or replaced it), lets the
 * reader in: #root is no longer inert nor hidden from assistive technology, and no longer says it
 * holds a snapshot (showFirstView.js set all three). Does nothing on a page that showed none.
 */
export function useFirstViewHandover(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    if (root?.dataset['firstView'] === undefined) return;
    root.removeAttribute('inert');
    root.removeAttribute('aria-hidden');
    delete root.dataset['firstView'];
  }, []);
}
