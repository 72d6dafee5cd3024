import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimWording } from '../../core/index';

/**
 * A finding's two quotes set against each other word by word in the reader's language: the words
 * of the source written in it, and those of the other source in translation. Words only the first
 * has are struck through, words only the second has are underlined, and each change also says so
 * in words to assistive technology: colour is never the only sign. A reading aid, not a verdict.
 */
export function WordingDiff({ wording }: { wording: ClaimWording }) {
  const { t } = useTranslation('compare');
  const headingId = useId();
  return (
    <section className="wording" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-panel__subheading">
        {t('wording.heading')}
      </h3>
      <p className="wording__hint">{t('wording.hint')}</p>
      <dl className="wording__legend">
        <div>
          <dt className="wording__sample wording__sample--deleted">{t('wording.struck')}</dt>
          <dd>{t('wording.deleted')}</dd>
        </div>
        <div>
          <dt className="wording__sample wording__sample--inserted">{t('wording.underlined')}</dt>
          <dd>{t('wording.inserted')}</dd>
        </div>
      </dl>
      <p className="wording__text" lang={wording.lang}>
        {wording.parts.map((part, index) => {
          const previous = wording.parts[index - 1];
          // jsdiff puts no space between a deletion and the insertion that replaces it.
          const gap = previous?.change === 'deleted' && part.change === 'inserted' && !/\s$/.test(previous.text) && !/^\s/.test(part.text) ? ' ' : '';
          switch (part.change) {
            case 'same':
              return <Fragment key={index}>{part.text}</Fragment>;
            case 'deleted':
              return (
                <del key={index}>
                  <span className="visually-hidden">{t('wording.deletedMark')} </span>
                  {part.text}
                </del>
              );
            case 'inserted':
              return (
                <Fragment key={index}>
                  {gap}
                  <ins>
                    <span className="visually-hidden">{t('wording.insertedMark')} </span>
                    {part.text}
                  </ins>
                </Fragment>
              );
          }
        })}
      </p>
    </section>
  );
}
