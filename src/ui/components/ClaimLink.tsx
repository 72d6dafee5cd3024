import { use, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Lang } from '../../core/model/index';
import type { TextPiece } from '../../core/reading/index';
import { claimElementId, fitTogether, isOffscreen, quoteElement, scrollIntoViewCentred, scrollIntoViewGently, translatedClaimElementId } from '../claimElements';
import { RowEditingContext } from '../editing/rowEditing';
import { findingHref, isPlainClick } from '../findingUrl';
import { useClaims } from '../hooks/useClaims';
import { useRowReveal } from '../hooks/useRowReveal';
import { ClaimWords } from './ClaimWords';
import { KindIcon } from './KindIcon';

export interface ClaimLinkProps {
  readonly piece: TextPiece;
  /** The column: the language of the source the piece belongs to, in the original or in translation. */
  readonly lang: Lang;
  /** Whether the piece is of the column's translation (its offsets are the translation's). */
  readonly translated?: boolean;
  /**
   * Whether it stands beneath the original it translates: it then leaves the Tab order, which the
   * same claim of the original already holds, and stays a link for the pointer.
   */
  readonly beneath?: boolean;
}

/**
 * A stretch of text that a finding quotes, as a link to that finding. It is drawn after the kind of
 * its most specific finding (the first); pointing at it or focusing it lights every piece of all
 * its findings, in both texts. A stretch in several findings carries their number.
 *
 * While the reader edits, its words are text to select first: a press dragged across them, a
 * double-click or a long press on a touch screen selects words, to make a claim of them, even
 * inside a claim. So the claim is no longer an address (a link with an address is dragged away,
 * and a long press offers to open it), a click on its words opens nothing (the first click of a
 * double-click would open the finding), and the finding opens from its kind mark, or by Enter.
 */
export function ClaimLink({ piece, lang, translated = false, beneath = false }: ClaimLinkProps) {
  const claims = useClaims();
  const rows = useRowReveal();
  const editing = use(RowEditingContext);
  // Set while a pointer presses the claim: the focus that follows is the pointer's.
  const pressedRef = useRef(false);
  const [firstId] = piece.findingIds;
  const finding = firstId === undefined ? undefined : claims.findings.get(firstId);
  if (!finding) throw new Error(`a claim names finding "${firstId}", which does not exist; this is a bug`);

  const lit = piece.findingIds.some((id) => claims.litIds.has(id));
  const current = claims.currentId !== null && piece.findingIds.includes(claims.currentId);
  const startsQuote = translated
    ? (claims.translation?.quotes.get(finding.id) ?? []).some(([start]) => start === piece.start)
    : finding[lang].some((span) => span.start === piece.start);
  const findings = piece.findingIds.length;
  const rejected = finding.status === 'rejected';
  const className = ['claim', `kind-${finding.kind}`, lit && 'claim--lit', current && 'claim--current', findings > 1 && 'claim--shared', rejected && 'claim--rejected']
    .filter(Boolean)
    .join(' ');

  // A focused claim's counterpart is brought into view when it is off screen: with the least
  // scrolling when both fit in the window, else centred, since the counterpart is what the reader
  // asked to see; focus stays on the claim, and the next Tab brings it back. The overview strip
  // lights the counterpart's mark too. A long comparison draws the counterpart's row first.
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const revealCounterpart = (focused: HTMLElement) => {
    for (const id of piece.findingIds) {
      const counterpart = claims.findings.get(id);
      const element = counterpart ? quoteElement(counterpart, other, claims.translation) : null;
      if (element && isOffscreen(element)) {
        if (fitTogether(focused, element)) scrollIntoViewGently(element);
        else scrollIntoViewCentred(element);
        return;
      }
    }
  };

  // The piece that starts a quote carries its kind's mark; while editing, the mark, not the words, opens the finding on a click.
  let mark: ReactNode = null;
  if (startsQuote) mark = editing === null ? <KindIcon kind={finding.kind} className="claim__icon" /> : editing.openMark(finding.kind, () => claims.open(finding.id));

  // While editing: Enter opens the finding, as it does on a link; a click on the words does not.
  const openByKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    claims.open(finding.id);
  };

  return (
    <a
      id={translated ? translatedClaimElementId(lang, piece.start) : claimElementId(lang, piece.start)}
      className={editing === null ? className : `${className} claim--editing`}
      {...(editing === null ? { href: findingHref(finding.id) } : { role: 'link', tabIndex: beneath ? -1 : 0, onKeyDown: openByKey })}
      aria-describedby={claims.describedBy(piece.findingIds, rejected)}
      // Words in several findings: pointing at them names how many and of which kinds, the number beside them explained.
      title={findings > 1 ? (claims.nameShared(piece.findingIds) ?? undefined) : undefined}
      aria-current={current ? 'true' : undefined}
      {...(beneath && editing === null ? { tabIndex: -1 } : {})}
      onMouseEnter={() => claims.point(piece.findingIds, 'hover')}
      onMouseLeave={() => claims.unpoint('hover')}
      onFocus={(event) => {
        claims.point(piece.findingIds, 'focus');
        // Not for the pointer: a click focuses the claim between press and release, and scrolling
        // then would move another element under the pointer and swallow the click.
        const focused = event.currentTarget;
        if (!pressedRef.current) rows.showQuotes(piece.findingIds, other, () => revealCounterpart(focused));
      }}
      onPointerDown={() => {
        pressedRef.current = true;
      }}
      onPointerUp={() => {
        pressedRef.current = false;
      }}
      onPointerLeave={() => {
        pressedRef.current = false;
      }}
      onBlur={() => claims.unpoint('focus')}
      onClick={(event) => {
        if (editing !== null || !isPlainClick(event)) return;
        event.preventDefault();
        // A press dragged across the claim's words selected them (to quote, to copy, to make a claim): not a choice of finding.
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed && selection.getRangeAt(0).intersectsNode(event.currentTarget)) return;
        claims.open(finding.id);
      }}
    >
      <ClaimWords text={piece.text} mark={mark} findings={findings} />
    </a>
  );
}

