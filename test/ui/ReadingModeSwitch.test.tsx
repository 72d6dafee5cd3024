import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODE_STORAGE_KEY } from '../../src/ui/readingMode';
import { renderApp, textsRegion } from './renderApp';

const FR_HEADLINE = 'Chine : aucune interdiction pour les services VPN destinés aux particuliers';
const FR_HEADLINE_IN_ENGLISH = 'China: no ban on VPN services for individuals';
const EN_HEADLINE = 'VPN legal operation is not affected';
const EN_HEADLINE_IN_FRENCH = "L'exploitation légale des VPN n'est pas affectée";
const EN_SUBHEADING = 'Officials deny the requirement to ban personal VPN services';

function modes(name: RegExp = /show the texts|afficher les textes/i) {
  return screen.getByRole('group', { name });
}

function claim(name: string) {
  return within(textsRegion()).getByRole('link', { name });
}

function queryClaim(name: string) {
  return within(textsRegion()).queryByRole('link', { name });
}

/** The language a screen reader reads an element in: its own `lang`, or its nearest ancestor's. */
function languageOf(element: HTMLElement): string | null {
  for (let at: HTMLElement | null = element; at; at = at.parentElement) {
    const lang = at.getAttribute('lang');
    if (lang) return lang;
  }
  return null;
}

function isLit(element: HTMLElement) {
  return element.classList.contains('claim--lit');
}

describe('ReadingModeSwitch', () => {
  beforeAll(() => {
    // user-event walks a radio group with CSS.escape, which jsdom lacks.
    if (typeof (window as { CSS?: { escape?: unknown } }).CSS?.escape !== 'function') {
      Object.defineProperty(window, 'CSS', { configurable: true, value: { escape: (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`) } });
    }
  });

  it('offers the original, the translation and both, and starts with the originals', async () => {
    await renderApp();
    const radios = within(modes()).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['original', 'translation', 'both']);
    expect(within(modes()).getByRole('radio', { name: 'Original' })).toHaveProperty('checked', true);
    expect(languageOf(claim(FR_HEADLINE))).toBe('fr');
    expect(queryClaim(FR_HEADLINE_IN_ENGLISH)).toBeNull();
  });

  it('shows both: the French original first, its English translation beneath, marked and credited; English stays as written', async () => {
    const { user } = await renderApp('/?lang=en');
    await user.click(within(modes()).getByRole('radio', { name: 'Both' }));

    const translated = await within(textsRegion()).findByRole('link', { name: FR_HEADLINE_IN_ENGLISH });
    const original = claim(FR_HEADLINE);
    expect(languageOf(original)).toBe('fr');
    expect(languageOf(translated)).toBe('en');
    // The original comes first, and the translation carries its label.
    expect(original.compareDocumentPosition(translated) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(translated.parentElement as HTMLElement).getByText('Translation')).toBeTruthy();
    // Beneath its original, a translated heading is not a heading again.
    expect(screen.getByRole('heading', { name: FR_HEADLINE })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: FR_HEADLINE_IN_ENGLISH })).toBeNull();
    expect(within(textsRegion()).getByText('English translation: The Source comparison workbench project')).toBeTruthy();
    expect(within(textsRegion()).getByText('Shown as written: this text is already in English.')).toBeTruthy();
    expect(languageOf(claim(EN_HEADLINE))).toBe('en');
    expect(queryClaim(EN_HEADLINE_IN_FRENCH)).toBeNull();
  });

  it('shows the translation in place of the original, and its claims light their counterparts both ways', async () => {
    const { user } = await renderApp('/?lang=en');
    await user.click(within(modes()).getByRole('radio', { name: 'In English' }));

    const translated = await within(textsRegion()).findByRole('heading', { name: FR_HEADLINE_IN_ENGLISH });
    expect(languageOf(translated)).toBe('en');
    expect(queryClaim(FR_HEADLINE)).toBeNull();
    const translatedClaim = claim(FR_HEADLINE_IN_ENGLISH);
    const counterpart = claim(EN_SUBHEADING);

    await user.hover(translatedClaim);
    expect(isLit(counterpart)).toBe(true);
    await user.unhover(translatedClaim);
    expect(isLit(counterpart)).toBe(false);

    await user.hover(counterpart);
    expect(isLit(translatedClaim)).toBe(true);
  });

  it('lights a translated claim at the sentence its quote stands in, and opens its finding', async () => {
    const { user } = await renderApp('/?lang=en&mode=translation');
    // "le cyber-régulateur chinois" is a phrase; in translation, the sentence that holds it carries it.
    const sentence = await within(textsRegion()).findByRole('link', { name: /^The Ministry of Industry and Information Technology \(MIIT\), the Chinese cyber-regulator/ });
    expect(sentence.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(sentence);
    expect(screen.getByRole('complementary', { name: 'Finding: Only in the French source' })).toBeTruthy();
    expect(sentence.getAttribute('aria-current')).toBe('true');
  });

  it('describes a translated sentence by its kind and by every finding it carries', async () => {
    await renderApp('/?lang=en&mode=translation');
    // Five French quotes, from a phrase to the whole sentence, stand in this one sentence.
    const sentence = await within(textsRegion()).findByRole('link', { name: /^According to the ministry, the VPN regulation published in January/ });
    expect(within(textsRegion()).getByRole('link', { name: sentence.textContent?.replace(/\d+$/, '') ?? '', description: 'Part of 5 findings: Match and Discrepancy' })).toBe(sentence);
  });

  it('translates the English text for a French reader and leaves the French one as written', async () => {
    const { user } = await renderApp('/?lang=fr');
    await user.click(within(modes()).getByRole('radio', { name: 'En français' }));

    const translated = await within(textsRegion()).findByRole('heading', { name: EN_HEADLINE_IN_FRENCH });
    expect(languageOf(translated)).toBe('fr');
    expect(queryClaim(EN_HEADLINE)).toBeNull();
    expect(languageOf(claim(FR_HEADLINE))).toBe('fr');
    expect(within(textsRegion()).getByText('Affiché tel quel : ce texte est déjà en français.')).toBeTruthy();
    expect(within(textsRegion()).getByText('Traduction française : Le projet Atelier de comparaison de sources')).toBeTruthy();
  });

  it('is reached and moved with the keyboard, and remembers the choice in the address and for the next visit', async () => {
    const { user } = await renderApp('/?lang=en');
    const original = within(modes()).getByRole('radio', { name: 'Original' });
    act(() => original.focus());

    await user.keyboard('{ArrowRight}');

    expect(within(modes()).getByRole('radio', { name: 'In English' })).toHaveProperty('checked', true);
    await within(textsRegion()).findByRole('heading', { name: FR_HEADLINE_IN_ENGLISH });
    expect(new URLSearchParams(window.location.search).get('mode')).toBe('translation');
    expect(window.localStorage.getItem(MODE_STORAGE_KEY)).toBe('translation');
  });

  it('opens in the mode the address names, else in the one last chosen', async () => {
    const first = await renderApp('/?lang=en&mode=both');
    expect(within(modes()).getByRole('radio', { name: 'Both' })).toHaveProperty('checked', true);
    expect(await within(textsRegion()).findByRole('link', { name: FR_HEADLINE_IN_ENGLISH })).toBeTruthy();
    first.unmount();

    window.history.replaceState(null, '', '/');
    window.localStorage.setItem(MODE_STORAGE_KEY, 'translation');
    await renderApp('/?lang=en');
    expect(within(modes()).getByRole('radio', { name: 'In English' })).toHaveProperty('checked', true);
    expect(new URLSearchParams(window.location.search).get('mode')).toBe('translation');
  });
});
