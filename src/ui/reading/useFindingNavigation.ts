import { useCallback, useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { stepFinding } from '../../core/findings/index';
import type { Finding } from '../../core/model/index';
import type { TranslationLayout } from '../../core/translation/index';
import { firstQuoteElement, scrollIntoViewGently } from '../claimElements';
import type { OpenFinding } from './useOpenFinding';

export interface FindingNavigation {
  /** The slot the open finding's panel stands in: focus inside it is not where the reader came from. */
  readonly panelSlotRef: RefObject<HTMLDivElement | null>;
  /** Where the open finding stands among those shown, counting from 1; null when its kind is hidden. */
  readonly position: { readonly index: number; readonly total: number } | null;
  readonly openFinding: (id: string) => void;
  /** Closes the finding, giving focus back to where the reader opened it, else to its first quote. */
  readonly closeFinding: () => void;
  /** Closes the finding where the reader is, focus and all: an edit took it away. */
  readonly dropFinding: () => void;
  /** Closes the finding open, if any, where the reader is and without a step for Back: the findings themselves are being replaced. */
  readonly dropFindingInPlace: () => void;
  readonly step: (direction: 1 | -1) => void;
}

/**
 * Opening, stepping through and closing findings, with focus where the reader expects it: closing
 * gives focus back to what opened the finding. Opening a finding, by any way (a claim, the list, a
 * key, Back, a deep link), brings its first quote into view.
 */
export function useFindingNavigation(open: OpenFinding, shown: readonly Finding[], translationLayout: TranslationLayout | null): FindingNavigation {
  const { findingId, showFinding, finding } = open;
  // Where focus was when the reader opened a finding, to give it back when they close it.
  const openerRef = useRef<Element | null>(null);
  const panelSlotRef = useRef<HTMLDivElement>(null);
  const openIndex = finding ? shown.findIndex((candidate) => candidate.id === finding.id) : -1;

  const openFinding = useCallback(
    (id: string) => {
      const active = document.activeElement;
      // Stepping from inside the panel keeps the first opener: that is where the reader came from.
      if (!panelSlotRef.current?.contains(active)) openerRef.current = active;
      showFinding(id);
    },
    [showFinding],
  );

  const closeFinding = useCallback(() => {
    const opener = openerRef.current;
    openerRef.current = null;
    showFinding(null);
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body && !panelSlotRef.current?.contains(opener)) {
      opener.focus();
    } else if (finding) {
      firstQuoteElement(finding, translationLayout)?.focus();
    }
  }, [showFinding, finding, translationLayout]);

  const dropFinding = useCallback(() => {
    openerRef.current = null;
    showFinding(null);
  }, [showFinding]);

  const dropFindingInPlace = useCallback(() => {
    if (findingId === null) return;
    openerRef.current = null;
    showFinding(null, 'replace');
  }, [findingId, showFinding]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepFinding(shown, findingId, direction);
      if (next === null) return;
      showFinding(next);
      // Once the reader has stepped, closing gives focus to the claim of the finding they reached,
      // not to where they opened the first one, which may be far back in the texts.
      openerRef.current = null;
    },
    [shown, findingId, showFinding],
  );

  // A change of language or of reading mode does not bring the quote into view, so the reader
  // stays put, and nor does an edit of the finding open: a note saved as its field loses focus to
  // a press in the header scrolled the page under the pointer, and the press never became a click.
  const openId = finding?.id ?? null;
  const revealQuote = useEffectEvent(() => {
    const element = finding && firstQuoteElement(finding, translationLayout);
    if (element) scrollIntoViewGently(element);
  });
  useEffect(() => {
    if (openId !== null) revealQuote();
  }, [openId]);

  const position = openIndex === -1 ? null : { index: openIndex + 1, total: shown.length };
  return { panelSlotRef, position, openFinding, closeFinding, dropFinding, dropFindingInPlace, step };
}
