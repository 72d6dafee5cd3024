import { Fragment, memo } from 'react';
import type { Lang } from '../../core/model/index';
import type { ParagraphView } from '../../core/reading/index';
import { ClaimLink } from './ClaimLink';

export interface ParagraphBlockProps {
  readonly paragraph: ParagraphView;
  /**
   * Set when the paragraph is a translation of its column's source (its language is the
   * translation's): shown in place of its original, or beneath it under `translationLabel`.
   */
  readonly translated?: 'instead' | 'beneath' | null;
  readonly translationLabel?: string;
}

/**
 * One paragraph of a source, or of its translation, in its language, heading or not, with its quoted
 * stretches as claims. A translation beneath its original is labelled as one and is not a heading
 * again: the original's heading already names the section. Memoised: a paragraph's props change only
 * with the filter or the reading mode, so that switching the interface language, which redraws every
 * label, leaves the texts alone.
 */
export const ParagraphBlock = memo(function ParagraphBlock({ paragraph, translated = null, translationLabel = '' }: ParagraphBlockProps) {
  // A translation is always into the other language: its column is the other one.
  const column: Lang = translated === null ? paragraph.lang : paragraph.lang === 'fr' ? 'en' : 'fr';
  const content = paragraph.pieces.map((piece) =>
    piece.findingIds.length === 0 ? (
      <Fragment key={piece.start}>{piece.text}</Fragment>
    ) : (
      <ClaimLink key={piece.start} piece={piece} lang={column} translated={translated !== null} beneath={translated === 'beneath'} />
    ),
  );
  const kindClass = paragraph.isHeading ? 'text-heading' : 'text-paragraph';
  if (translated === 'beneath') {
    return (
      <p className={`${kindClass} text-translation text-translation--beneath`} lang={paragraph.lang}>
        <span className="translation-badge">{translationLabel}</span> {content}
      </p>
    );
  }
  const className = translated === null ? kindClass : `${kindClass} text-translation`;
  // Where a source's paragraph starts in its text, so that a selection in it maps to offsets (ui/editing/selectionRange.ts).
  const origin = translated === null ? { 'data-lang': paragraph.lang, 'data-start': paragraph.pieces[0]?.start } : null;
  return paragraph.isHeading ? (
    <h3 className={className} lang={paragraph.lang} {...origin}>
      {content}
    </h3>
  ) : (
    <p className={className} lang={paragraph.lang} {...origin}>
      {content}
    </p>
  );
});
