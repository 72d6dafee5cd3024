/**
 * The whole interface speaks the reader's language: rendered in French, with a finding open, both
 * texts shown with their translation, a filter off and the help open, the page holds none of the
 * English interface's words, and the reverse. The words are read from the locale files, so a new
 * message is checked the day it is written; what the texts, their translations and the notes say
 * is data, not interface, and is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enInFrench from '../../sources/miit-vpn/en.fr.md?raw';
import frInEnglish from '../../sources/miit-vpn/fr.en.md?raw';
import { LANGS } from '../../src/core/model/index';
import { readTranslationFile } from '../../src/core/translation/index';
import type { UiLang } from '../../src/i18n/i18n';
import { openFinding, renderApp, shippedComparison, textsRegion } from './renderApp';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');

type Tree = { [key: string]: string | Tree };

function messagesOf(lang: UiLang): Map<string, string> {
  const messages = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === 'string') messages.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  for (const file of readdirSync(join(LOCALES, lang))) {
    walk(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Tree, `${file.replace(/\.json$/, '')}:`);
  }
  return messages;
}

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * The pieces of the other language's messages a page in `lang` must not show: each message cut at
 * its placeholders, trimmed of punctuation, at least three letters long; a message written the same
 * in both languages, or a piece that is also a word of this language's messages ("original",
 * "Date"), says nothing about which language the page speaks.
 */
function foreignPieces(lang: UiLang): Map<string, string> {
  const own = messagesOf(lang);
  const other = messagesOf(lang === 'fr' ? 'en' : 'fr');
  const ownText = [...own.values()].map(flatten);
  const pieces = new Map<string, string>();
  for (const [key, message] of other) {
    if (flatten(message) === flatten(own.get(key) ?? '')) continue;
    for (const part of flatten(message).split(/\{\{[^}]*\}\}/)) {
      const piece = part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
      if ((piece.match(/\p{L}/gu) ?? []).length < 3) continue;
      if (ownText.some((text) => asWord(piece).test(text))) continue;
      pieces.set(piece, key);
    }
  }
  return pieces;
}

/** Everything the texts and the notes say, in either language: data shown as it is written. */
function dataTexts(): string[] {
  const comparison = shippedComparison();
  const translations = [
    readTranslationFile(frInEnglish, 'fr.en.md', comparison.sources.fr),
    readTranslationFile(enInFrench, 'en.fr.md', comparison.sources.en),
  ];
  return [
    ...LANGS.flatMap((lang) => {
      const source = comparison.sources[lang];
      return [source.text, source.title, source.outlet ?? '', source.publishedTime ?? '', source.updated ?? '', ...source.byline, ...source.editors, ...source.excluded.map((piece) => piece.text)];
    }),
    ...comparison.relations.flatMap((finding) => [finding.note.fr, finding.note.en, finding.id]),
    ...translations.flatMap((translation) => [translation.text, translation.title, translation.translator, translation.method ?? '', translation.notes ?? '']),
  ].map(flatten);
}

/**
 * What the page says in its own language: each text node and each attribute a person or a screen
 * reader meets (name, description, tooltip), except where an element says it is in another
 * language, and except the texts and notes themselves.
 */
function interfaceStrings(lang: UiLang): string[] {
  const data = dataTexts();
  const strings: string[] = [document.title];
  const languageOf = (element: Element | null): string | null => {
    for (let at = element; at; at = at.parentElement) {
      const tag = at.getAttribute('lang');
      if (tag) return tag;
    }
    return null;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node instanceof Element ? node : node.parentElement;
    if (languageOf(element) !== lang) continue;
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
        const value = node.getAttribute(name);
        // A name may quote the texts (« … » in French, “ … ” in English): the quote is data, its words are the source's.
        if (value) strings.push(flatten(value).replace(/«[^»]*»|“[^”]*”/g, '«»'));
      }
    } else {
      const text = flatten(node.textContent ?? '');
      if (text !== '' && !data.some((written) => written.includes(text))) strings.push(text);
    }
  }
  return strings;
}

/** The app with as much of its interface on show as a reader can bring up at once. */
async function renderEverything(lang: UiLang) {
  const view = await renderApp(`/?lang=${lang}&finding=who-when-where&mode=both`);
  const panel = openFinding();
  if (!panel) throw new Error('no finding is open');
  // The translations and the word-by-word comparison load on demand: wait for both.
  await within(panel).findAllByRole('insertion');
  await within(textsRegion()).findAllByText(lang === 'fr' ? 'Traduction' : 'Translation');
  // A kind switched off brings the "show all" button and the hidden-kind notice.
  const legend = screen.getByRole('group', { name: lang === 'fr' ? 'Afficher ou masquer les constats par type' : 'Show or hide findings by kind' });
  await view.user.click(within(legend).getByRole('button', { name: lang === 'fr' ? 'Divergence 7' : 'Discrepancy 7' }));
  await view.user.keyboard('?');
  await screen.findByRole('dialog');
  return view;
}

describe.each(['fr', 'en'] as const)('the interface in %s', (lang) => {
  it('shows none of the other language’s interface strings, in text or in accessible names', async () => {
    const pieces = foreignPieces(lang);
    // The check is only as good as the list: it must hold the other language's words.
    expect(pieces.size).toBeGreaterThan(100);
    expect(pieces.has(lang === 'fr' ? 'Discrepancy' : 'Divergence')).toBe(true);

    await renderEverything(lang);
    expect(document.documentElement.lang).toBe(lang);
    const strings = interfaceStrings(lang);
    expect(strings.length).toBeGreaterThan(200);

    const found = [...pieces].flatMap(([piece, key]) => strings.filter((text) => asWord(piece).test(text)).map((text) => `${key}: "${piece}" in "${text}"`));
    expect(found).toEqual([]);
  });
});
