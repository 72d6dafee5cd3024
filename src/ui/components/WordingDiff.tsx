import { Fragment, useId } from 'react';
import en from '../../i18n/locales/en/wording.json';
import fr from '../../i18n/locales/fr/wording.json';
import { useLazyTranslation } from '../hooks/useLazyTranslation';
import type { ClaimWording } from '../../core/findings/index';

/**
 * A finding's two quotes set against each other word by word in the reader's language: the words
 * of the source written in it, and those of the other source in translation. Words only the first
 * has are struck through, words only the second has are underlined, and each change also says so
 * in words to assistive technology: colour is never the only sign. A reading aid, not a verdict.
 */
export function WordingDiff({ wording }: { wording: ClaimWording }) {
  // Its words travel with it, loaded when a finding is first compared word by word, not with the first view.
  const { t } = useLazyTranslation('wording', { en, fr });
  const headingId = useId();
  return (
    <section className="wording" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-panel__subheading">
        {t('heading')}
      </h3>
      <p className="wording__hint">{t('hint')}</p>
      <dl className="wording__legend">
        <div>
          <dt className="wording__sample wording__sample--deleted">{t('struck')}</dt>
          <dd>{t('deleted')}</dd>
        </div>
        <div>
          <dt className="wording__sample wording__sample--inserted">{t('underlined')}</dt>
          <dd>{t('inserted')}</dd>
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
                  <span className="visually-hidden">{t('deletedMark')} </span>
                  {part.text}
                </del>
              );
            case 'inserted':
              return (
                <Fragment key={index}>
                  {gap}
                  <ins>
                    <span className="visually-hidden">{t('insertedMark')} </span>
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
