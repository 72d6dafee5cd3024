import { StrictMode, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useFirstViewHandover } from './firstView/useFirstViewHandover';

/**
 * What every view of the app stands in: the interface's words and a boundary that turns a crash
 * into a notice. main.tsx draws the app in it, and the build draws the first view's snapshot in it
 * (firstView/renderFirstView.tsx), so that the app can hydrate the snapshot: the two must be drawn alike.
 */
export function Root({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  useFirstViewHandover();
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </I18nextProvider>
    </StrictMode>
  );
}
