import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { ErrorBoundary } from '../../src/ui/components/ErrorBoundary';

function Broken(): never {
  throw new Error('drawing failed');
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a notice with a way out instead of a blank page when drawing fails', async () => {
    // React and the boundary both report the error; the test only cares about what the reader sees.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const i18n = await createI18n();
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This page stopped working' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(logged).toHaveBeenCalled();
  });
});
