import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { nextClaimId, paragraphAt, paragraphWords, wordsCovered } from '../../core/edit/index';
import { LANGS, type Comparison, type Lang } from '../../core/model/index';
import { shortenQuote } from '../quoteText';
import { useEditingWords } from './editingWords';
import { readSelection } from './selectionRange';
import type { Editing } from './useEditHistory';

/** Where the picker starts: a paragraph of one text, and the words picked in it (indices into its words). */
interface Picked {
  readonly lang: Lang;
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
}

export interface WordPickerProps {
  readonly editing: Editing;
  /** The finding open, if any: the picker starts in the paragraph of its first quote. */
  readonly openId: string | null;
  /** Opens the claim just made. */
  readonly onCreated: (relationId: string) => void;
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
  const { comparison } = editing;
  const [picked, setPicked] = useState<Picked>(() => startingPlace(comparison, openId));
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const source = comparison.sources[picked.lang];
  const words = useMemo(() => paragraphWords(source, picked.paragraph), [source, picked.paragraph]);
  const first = words[picked.from];
  const last = words[picked.to];
  const quote = first && last ? source.text.slice(first.start, last.end) : '';

  const choose = (change: Partial<Picked>) => {
    setProblem(null);
    setPicked((previous) => {
      const next = { ...previous, ...change };
      // A new text or paragraph starts again at its first word; the last word never comes before the first.
      if (change.lang !== undefined || change.paragraph !== undefined) return { ...next, from: 0, to: 0 };
      return { ...next, to: Math.max(next.from, next.to) };
    });
  };

  const create = () => {
    if (!first || !last) return;
    const id = nextClaimId(comparison);
    const error = editing.apply({ type: 'create-claim', id, lang: picked.lang, start: first.start, end: last.end });
    if (error) {
      setProblem(t(`error.${error.code}`));
      return;
    }
    onCreated(id);
  };

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
          <label key={lang} className="relation-editor__choice">
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
      <label className="word-picker__field">
        <span>{t('picker.from')}</span>
        <select value={picked.from} onChange={(event) => choose({ from: Number(event.target.value) })}>
          {words.map((word, index) => (
            <option key={word.start} value={index} lang={picked.lang}>
              {t('picker.wordOption', { number: index + 1, word: word.text })}
            </option>
          ))}
        </select>
      </label>
      <label className="word-picker__field">
        <span>{t('picker.to')}</span>
        <select value={picked.to} onChange={(event) => choose({ to: Number(event.target.value) })}>
          {words.map((word, index) =>
            index < picked.from ? null : (
              <option key={word.start} value={index} lang={picked.lang}>
                {t('picker.wordOption', { number: index + 1, word: word.text })}
              </option>
            ),
          )}
        </select>
      </label>
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
        <p role="alert" className="relation-editor__problem">
          {problem}
        </p>
      )}
    </section>
  );
}

/** The words the reader selected, else the open finding's first quote, else the first word of the French text. */
function startingPlace(comparison: Comparison, openId: string | null): Picked {
  const reading = readSelection(document.getSelection());
  if ('stretch' in reading) {
    const place = placeOf(comparison, reading.stretch.lang, reading.stretch.start, reading.stretch.end);
    if (place) return place;
  }
  const open = comparison.relations.find((relation) => relation.id === openId);
  const lang = open ? LANGS.find((side) => open[side].length > 0) : undefined;
  const span = open && lang ? open[lang][0] : undefined;
  if (lang && span) {
    const place = placeOf(comparison, lang, span.start, span.end);
    if (place) return place;
  }
  return { lang: 'fr', paragraph: 0, from: 0, to: 0 };
}

function placeOf(comparison: Comparison, lang: Lang, start: number, end: number): Picked | null {
  const source = comparison.sources[lang];
  const paragraph = paragraphAt(source, start);
  const covered = wordsCovered(paragraphWords(source, paragraph), start, end);
  return covered ? { lang, paragraph, ...covered } : null;
}
