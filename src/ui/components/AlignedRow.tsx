import { Fragment, memo, use } from 'react';
import { LANGS, type Lang } from '../../core/model/index';
import type { ReadingRow } from '../../core/reading/index';
import type { TranslationLayout } from '../../core/translation/index';
import { RowEditingContext } from '../editing/rowEditing';
import { EmptyCell } from './EmptyCell';
import { ParagraphBlock } from './ParagraphBlock';

/** A translation shown in its source's column: instead of the original, or beneath each paragraph. */
export interface ShownTranslation {
  readonly layout: TranslationLayout;
  readonly placement: 'instead' | 'beneath';
}

/** The words every row shows, in the interface language. */
export interface RowLabels {
  /** `French source`, the language tag's full name. */
  readonly source: Readonly<Record<Lang, string>>;
  /** `FR`. */
  readonly tag: Readonly<Record<Lang, string>>;
  /** What an empty cell says: no paragraph opposite in this source. */
  readonly emptyOpposite: Readonly<Record<Lang, string>>;
  /** The label of a translation beneath its original. */
  readonly translationBadge: string;
}

export interface AlignedRowProps {
  readonly row: ReadingRow;
  readonly translation?: ShownTranslation | null;
  readonly labels: RowLabels;
}

/**
 * One alignment bead: the French paragraphs on the left, the English on the right, in one grid row
 * so that both columns scroll together. On a narrow screen the cells stack, French first, each
 * with its language tag. A column that shows its translation has it in place of each paragraph or
 * beneath it. Memoised, with its words given by the reading view: pointing at a claim redraws no
 * row, and switching language redraws each row's few labels, never its paragraphs.
 */
export const AlignedRow = memo(function AlignedRow({ row, translation = null, labels }: AlignedRowProps) {
  // While the reader edits, a row can be split before any paragraph but a side's first, and joined with the next.
  const editing = use(RowEditingContext);
  return (
    <div className="aligned-row">
      {LANGS.map((lang) => (
        <div key={lang} className={`cell cell--${lang}${row[lang].length === 0 ? ' cell--empty' : ''}`}>
          <span className="cell__tag">
            <abbr title={labels.source[lang]}>{labels.tag[lang]}</abbr>
          </span>
          {row[lang].length === 0 ? (
            <EmptyCell label={labels.emptyOpposite[lang]} />
          ) : (
            row[lang].map((paragraph, position) => {
              const translated = translation?.layout.translation.source === lang ? translation.layout.paragraphs[paragraph.index] : undefined;
              return (
                <Fragment key={paragraph.index}>
                  {editing !== null && position > 0 && editing.split(row.index, lang, position)}
                  {!translation || !translated ? (
                    <ParagraphBlock paragraph={paragraph} />
                  ) : translation.placement === 'instead' ? (
                    <ParagraphBlock paragraph={translated} translated="instead" />
                  ) : (
                    <>
                      <ParagraphBlock paragraph={paragraph} />
                      <ParagraphBlock paragraph={translated} translated="beneath" translationLabel={labels.translationBadge} />
                    </>
                  )}
                </Fragment>
              );
            })
          )}
        </div>
      ))}
      {editing?.join(row.index)}
    </div>
  );
});
