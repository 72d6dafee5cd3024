import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enInFrench from '../../sources/miit-vpn/en.fr.md?raw';
import frInEnglish from '../../sources/miit-vpn/fr.en.md?raw';
import { findFinding } from '../../src/core/findings/index';
import type { Lang } from '../../src/core/model/index';
import { readTranslationFile } from '../../src/core/translation/index';
import { readTranslatedQuotes } from '../../src/core/translation/translatedSpans';
import { openFinding, renderApp, shippedComparison } from './renderApp';

const comparison = shippedComparison();
const translations = {
  fr: readTranslationFile(frInEnglish, 'fr.en.md', comparison.sources.fr),
  en: readTranslationFile(enInFrench, 'en.fr.md', comparison.sources.en),
};

/** The words a reader of `readerLang` compares: the quotes in their language, and the other source's in translation. */
function texts(id: string, readerLang: Lang) {
  const finding = findFinding(comparison, id);
  if (!finding) throw new Error(`no finding ${id}`);
  const other: Lang = readerLang === 'fr' ? 'en' : 'fr';
  return {
    original: finding[readerLang].map((span) => span.quote).join(' '),
    translated: readTranslatedQuotes(finding[other], comparison.sources[other], translations[other]),
  };
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []);

/**
 * The text the comparison spells when one kind of change is left out: without deletions, the
 * translation; without insertions, the original. White space aside; the hidden labels are not text.
 */
function spell(comparisonText: HTMLElement, leaveOut: 'DEL' | 'INS'): string {
  let text = '';
  comparisonText.childNodes.forEach((node) => {
    if (node.nodeName === leaveOut) return;
    if (node.nodeName === 'DEL' || node.nodeName === 'INS') text += node.lastChild?.textContent ?? '';
    else text += node.textContent ?? '';
  });
  return text.replace(/\s+/g, '');
}

async function wordingSection(name: string): Promise<HTMLElement> {
  const panel = openFinding();
  if (!panel) throw new Error('no finding is open');
  return within(panel).findByRole('region', { name });
}

describe('WordingDiff', () => {
  it("sets the English source's words against the English translation of the French, for an English reader", async () => {
    await renderApp('/?lang=en&finding=foreign-trade-lines');
    const { original, translated } = texts('foreign-trade-lines', 'en');
    // The words each text has and the other lacks, read from the shipped translation itself.
    const onlyTranslated = [...wordsOf(translated)].filter((word) => !wordsOf(original).has(word));
    const onlyOriginal = [...wordsOf(original)].filter((word) => !wordsOf(translated).has(word));
    expect(onlyTranslated).toEqual(expect.arrayContaining(['special', 'legally']));
    expect(onlyOriginal).toEqual(expect.arrayContaining(['dedicated', 'networking']));

    const section = await wordingSection('Word by word, in English');
    const inserted = within(section).getAllByRole('insertion').map((element) => element.textContent ?? '');
    const deleted = within(section).getAllByRole('deletion').map((element) => element.textContent ?? '');
    for (const word of ['special', 'legally']) expect(inserted.join(' ')).toMatch(new RegExp(`\\b${word}\\b`));
    for (const word of ['dedicated', 'networking']) expect(deleted.join(' ')).toMatch(new RegExp(`\\b${word}\\b`));
    // Read one way, the comparison is the translation; read the other, the English quotes.
    const drawn = within(section).getAllByRole('insertion')[0]?.parentElement as HTMLElement;
    expect(spell(drawn, 'DEL')).toBe(translated.replace(/\s+/g, ''));
    expect(spell(drawn, 'INS')).toBe(original.replace(/\s+/g, ''));
  });

  it('says what each mark means in words, not only by colour and line, and calls itself a reading aid', async () => {
    await renderApp('/?lang=en&finding=foreign-trade-lines');
    const section = await wordingSection('Word by word, in English');
    expect(within(section).getByText(/A reading aid, not a verdict/)).toBeTruthy();
    expect(within(section).getByText('only in the English source')).toBeTruthy();
    expect(within(section).getByText('only in the French source, in translation')).toBeTruthy();
    const [firstInsertion] = within(section).getAllByRole('insertion');
    expect(firstInsertion?.textContent).toMatch(/^Only in the French source, in translation: /);
    expect(within(section).getAllByRole('deletion')[0]?.textContent).toMatch(/^Only in the English source: /);
  });

  it("comes after the analyst's note, so that the explanation is read first", async () => {
    await renderApp('/?lang=en&finding=foreign-trade-lines');
    const section = await wordingSection('Word by word, in English');
    const panel = openFinding();
    if (!panel) throw new Error('no finding is open');
    const note = within(panel).getByRole('heading', { name: 'Note' });
    // DOCUMENT_POSITION_FOLLOWING: the section comes after the note's heading in reading order.
    expect(note.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("sets the French source's words against the French translation of the English, for a French reader", async () => {
    await renderApp('/?lang=fr&finding=january-which-year');
    const { original, translated } = texts('january-which-year', 'fr');
    expect(original).toBe('la réglementation sur les VPN publiée en janvier');
    expect([...wordsOf(translated)].filter((word) => !wordsOf(original).has(word))).toEqual(expect.arrayContaining(['année']));

    const section = await wordingSection('Mot à mot, en français');
    const inserted = within(section).getAllByRole('insertion').map((element) => element.textContent ?? '');
    const deleted = within(section).getAllByRole('deletion').map((element) => element.textContent ?? '');
    expect(inserted.join(' ')).toMatch(/\bannée\b/);
    // The comparison is French text, and says so for screen readers and hyphenation.
    expect(within(section).getAllByRole('insertion')[0]?.parentElement?.getAttribute('lang')).toBe('fr');
    expect(deleted.join(' ')).toMatch(/\bpubliée\b/);
    const drawn = within(section).getAllByRole('insertion')[0]?.parentElement as HTMLElement;
    expect(spell(drawn, 'DEL')).toBe(translated.replace(/\s+/g, ''));
    expect(spell(drawn, 'INS')).toBe(original.replace(/\s+/g, ''));
  });

  it('is not offered for a claim found in one source only', async () => {
    await renderApp('/?lang=en&finding=cyber-regulator');
    expect(screen.getByRole('complementary', { name: 'Finding: Only in the French source' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Word by word, in English' })).toBeNull();
  });
});
