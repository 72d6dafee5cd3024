import type { PickableWord } from '../../core/edit/index';
import type { Lang } from '../../core/model/index';
import { useEditingWords } from './editingWords';

export interface WordSelectProps {
  readonly label: string;
  readonly words: readonly PickableWord[];
  /** The language of the words, so that a screen reader says them in it. */
  readonly lang: Lang;
  /** The index of the word chosen. */
  readonly value: number;
  /** The first word offered: the last word picked is never one before the first. */
  readonly from?: number;
  readonly onChange: (index: number) => void;
}

/** A drop-down list of a paragraph's words, each numbered as a reader counts them (from 1). */
export function WordSelect({ label, words, lang, value, from = 0, onChange }: WordSelectProps) {
  const { t } = useEditingWords();
  return (
    <label className="word-picker__field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {words.map((word, index) =>
          index < from ? null : (
            <option key={word.start} value={index} lang={lang}>
              {t('picker.wordOption', { number: index + 1, word: word.text })}
            </option>
          ),
        )}
      </select>
    </label>
  );
}
