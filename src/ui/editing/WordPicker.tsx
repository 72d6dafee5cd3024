import { useEffect, useId, useRef } from 'react';
import { LANGS } from '../../core/model/index';
import { shortenQuote } from '../quoteText';
import { useEditingWords } from './editingWords';
import type { Editing } from './useEditHistory';
import { useWordPicker } from './useWordPicker';
import { WordSelect } from './WordSelect';

export interface WordPickerProps {
  readonly editing: Editing;
  /** The finding open, if any: the picker starts in the paragraph of its first quote. */
  readonly openId: string | null;
  /** Opens the claim just made. */
  readonly onCreated: (findingId: string) => void;
  readonly onClose: () => void;
}

/**
 * Picks the words of a new claim without a pointer: the text, the paragraph, the first word and
 * the last, each a control that the keyboard, a screen reader and a touch screen all work, with the
 * words that will be quoted shown as they change. It starts where the reader is: on the words they
 * selected, else on the open finding's first quote, else at the start of the French text. Escape,
 * or Cancel, closes it.
 */
export function WordPicker({ editing, openId, onCreated, onClose }: WordPickerProps) {
  const { t } = useEditingWords();
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { picked, choose, source, words, quote, create, problem } = useWordPicker(editing, openId, onCreated);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section
      className="word-picker"
      aria-labelledby={`${baseId}-heading`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape closes the picker, not the finding behind it: the page's keys skip a key already handled.
        event.preventDefault();
        onClose();
      }}
    >
      <h3 id={`${baseId}-heading`} ref={headingRef} tabIndex={-1} className="word-picker__heading">
        {t('picker.heading')}
      </h3>
      <fieldset className="word-picker__texts">
        <legend>{t('picker.text')}</legend>
        {LANGS.map((lang) => (
          <label key={lang} className="finding-editor__choice">
            <input type="radio" name={`${baseId}-lang`} value={lang} checked={picked.lang === lang} onChange={() => choose({ lang, paragraph: 0 })} />{' '}
            {t(`picker.lang.${lang}`)}
          </label>
        ))}
      </fieldset>
      <label className="word-picker__field">
        <span>{t('picker.paragraph')}</span>
        <select value={picked.paragraph} onChange={(event) => choose({ paragraph: Number(event.target.value) })}>
          {source.paragraphs.map(([start, end], index) => (
            <option key={start} value={index} lang={picked.lang}>
              {t('picker.paragraphOption', { number: index + 1, words: shortenQuote(source.text.slice(start, end), 60) })}
            </option>
          ))}
        </select>
      </label>
      <WordSelect label={t('picker.from')} words={words} lang={picked.lang} value={picked.from} onChange={(from) => choose({ from })} />
      <WordSelect label={t('picker.to')} words={words} lang={picked.lang} value={picked.to} from={picked.from} onChange={(to) => choose({ to })} />
      <p className="word-picker__quote" aria-live="polite">
        {t('picker.quote')} <q lang={picked.lang}>{quote}</q>
      </p>
      <div className="word-picker__actions">
        <button type="button" className="button" disabled={quote === ''} onClick={create}>
          {t('picker.create')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('picker.cancel')}
        </button>
      </div>
      {problem !== null && (
        <p role="alert" className="finding-editor__problem">
          {problem}
        </p>
      )}
    </section>
  );
}
