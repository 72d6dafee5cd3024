/**
 * A long comparison's finding list: a group of thousands of entries lists the first ones and the
 * open finding, and the rest when the reader asks; a short group lists everything, as always.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model/index';
import { createI18n } from '../../src/i18n/i18n';
import { FindingGroup, LISTED_AT_FIRST } from '../../src/ui/components/FindingGroup';

function matches(count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `m${index}`,
    kind: 'match',
    fr: [{ start: index * 10, end: index * 10 + 8, quote: `phrase ${index}` }],
    en: [{ start: index * 10, end: index * 10 + 8, quote: `sentence ${index}` }],
    aspects: [],
    note: { fr: '', en: '' },
    origin: 'curated',
    confidence: null,
  }));
}

async function renderGroup(findings: readonly Finding[], currentId: string | null = null) {
  window.history.replaceState(null, '', '/?lang=en');
  const i18n = await createI18n();
  render(
    <I18nextProvider i18n={i18n}>
      <FindingGroup kind="match" findings={findings} uiLang="en" currentId={currentId} onOpen={() => undefined} />
    </I18nextProvider>,
  );
}

describe('FindingGroup', () => {
  it('lists every entry of a short group, with no button', async () => {
    await renderGroup(matches(12));
    expect(screen.getAllByRole('link')).toHaveLength(12);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lists the first entries of a long group and the open finding, then all on demand', async () => {
    await renderGroup(matches(LISTED_AT_FIRST + 400), `m${LISTED_AT_FIRST + 250}`);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('link')).toHaveLength(LISTED_AT_FIRST + 1);
    expect(within(list).getByRole('link', { current: true })).toHaveProperty('textContent', expect.stringContaining(`sentence ${LISTED_AT_FIRST + 250}`));
    await userEvent.click(screen.getByRole('button', { name: 'Show all 500 (Match)' }));
    expect(within(list).getAllByRole('link')).toHaveLength(LISTED_AT_FIRST + 400);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
