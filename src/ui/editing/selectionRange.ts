/**
 * Where a selection made in the reading view lies in the sources: the text it belongs to and its
 * offsets in that source's `text` (UTF-16 code units, half-open), which a claim quotes.
 *
 * The page tells where its text comes from by two marks (ParagraphBlock.tsx, ClaimLink.tsx):
 *
 * - each paragraph of a source as written carries `data-lang` and `data-start`, its start offset
 *   in that source's text, and renders that paragraph's text exactly, in order;
 * - what is drawn for the reader but is not source text (a claim's count of findings) carries
 *   `data-ornament`, and its text is skipped. The kind glyphs are SVG shapes with no text.
 *
 * A boundary's offset is then the paragraph's start plus the length of the text nodes before it in
 * that paragraph: O(n) in the paragraph's text nodes. A translation's paragraphs carry no marks,
 * since a claim quotes a source as written.
 */
import type { Lang } from '../../core/model/index';

/** A stretch of one source's text: `[start, end)` of `sources[lang].text`. */
export interface SelectedStretch {
  readonly lang: Lang;
  readonly start: number;
  readonly end: number;
}

/**
 * Why a selection is no stretch of one source: nothing is selected; it starts or ends outside the
 * paragraphs of the texts; it runs across both texts; or it lies in a translation.
 */
export type SelectionProblem = 'none' | 'outside' | 'two-sources' | 'translation';

/** What a selection comes to: a stretch of one source, or why it is none. */
export type SelectionReading = { readonly stretch: SelectedStretch } | { readonly problem: SelectionProblem };

const PARAGRAPH = '[data-lang][data-start]';
const ORNAMENT = '[data-ornament]';
const TRANSLATION = '.text-translation';

/**
 * The stretch of source text a selection covers. A selection across two paragraphs of the same
 * text still gives a stretch (from the first to the second): the core refuses it with its own code,
 * so that the reader hears the same words whichever way the selection was made.
 */
export function readSelection(selection: Selection | null): SelectionReading {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { problem: 'none' };
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last) {
    const inTranslation = [range.startContainer, range.endContainer].some((node) => elementOf(node)?.closest(TRANSLATION));
    return { problem: inTranslation ? 'translation' : 'outside' };
  }
  const lang = langOf(first);
  if (lang !== langOf(last)) return { problem: 'two-sources' };
  const start = Number(first.dataset['start']) + offsetInParagraph(first, range.startContainer, range.startOffset);
  const end = Number(last.dataset['start']) + offsetInParagraph(last, range.endContainer, range.endOffset);
  return { stretch: { lang, start, end } };
}

/**
 * How many characters of source text stand in `paragraph` before the boundary point
 * (`node`, `offset`), as the DOM Range API counts them: a character offset in a text node, a
 * child index in an element.
 */
export function offsetInParagraph(paragraph: Element, node: Node, offset: number): number {
  const point = paragraph.ownerDocument.createRange();
  point.setStart(node, offset);
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    if (elementOf(text)?.closest(ORNAMENT)) continue;
    if (text === node) return count + offset;
    // A text node counts whole when it ends at or before the point; the first that does not is past it.
    if (point.comparePoint(text, (text as Text).length) > 0) break;
    count += (text as Text).length;
  }
  return count;
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

function paragraphOf(node: Node): HTMLElement | null {
  const paragraph = elementOf(node)?.closest(PARAGRAPH);
  return paragraph instanceof HTMLElement ? paragraph : null;
}

function langOf(paragraph: HTMLElement): Lang {
  const lang = paragraph.dataset['lang'];
  if (lang !== 'fr' && lang !== 'en') throw new Error(`a paragraph is marked with language "${lang}"; this is a bug`);
  return lang;
}
