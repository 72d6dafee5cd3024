/**
 * Finds a claim of the texts on the page by its source and offset. Every quote starts a piece of
 * text (the reading rows are cut at each quote boundary), so the piece that starts at a span's
 * `start` exists whenever its finding is shown, and an id made of language and offset names it.
 * A translation is cut likewise at the stretches its quotes map to, with ids of their own.
 */
import type { Lang, Finding } from '../core/model/index';
import type { TranslationLayout } from '../core/translation/index';

/** The DOM id of the claim that starts at `start` in the `lang` text. */
export function claimElementId(lang: Lang, start: number): string {
  return `claim-${lang}-${start}`;
}

/** The DOM id of the claim that starts at `start` in the translation of the `lang` text. */
export function translatedClaimElementId(lang: Lang, start: number): string {
  return `claim-${lang}-t-${start}`;
}

/**
 * The element of a finding's first quote, French first, or null when it is not on the page; a
 * column that shows only its translation is searched there.
 */
export function firstQuoteElement(finding: Finding, translation: TranslationLayout | null = null): HTMLElement | null {
  for (const lang of ['fr', 'en'] as const) {
    const element = quoteElement(finding, lang, translation);
    if (element) return element;
  }
  return null;
}

/**
 * The element of a finding's first quote in one language's column, or null: the original's, else,
 * when `translation` translates that column, the first stretch its quotes map to.
 */
export function quoteElement(finding: Finding, lang: Lang, translation: TranslationLayout | null = null): HTMLElement | null {
  const span = finding[lang][0];
  const original = span ? document.getElementById(claimElementId(lang, span.start)) : null;
  if (original || translation?.translation.source !== lang) return original;
  const stretch = translation.quotes.get(finding.id)?.[0];
  return stretch ? document.getElementById(translatedClaimElementId(lang, stretch[0])) : null;
}

/** Scrolls the least needed to show the element; jsdom has no `scrollIntoView`, hence the guard. */
export function scrollIntoViewGently(element: HTMLElement): void {
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
}

/** Scrolls the element to the middle of the window, where the eye looks first. */
export function scrollIntoViewCentred(element: HTMLElement): void {
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
}

/** Whether any part of the element lies outside the window, so that scrolling would reveal it. */
export function isOffscreen(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top < 0 || box.bottom > window.innerHeight;
}

// Claims keep a scroll margin (reading.css) so that one scrolled to does not sit on the window's
// edge; two claims fit together only if they span less than the window minus that margin.
const ROOM_FOR_BOTH = 0.6;

/**
 * Whether scrolling `target` into view would keep `anchor` in view too: the two, with everything
 * between them, must fit in the window. When they do not, revealing the target would hide the
 * claim the reader is on.
 */
export function fitTogether(anchor: HTMLElement, target: HTMLElement): boolean {
  const a = anchor.getBoundingClientRect();
  const b = target.getBoundingClientRect();
  return Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top) <= window.innerHeight * ROOM_FOR_BOTH;
}
