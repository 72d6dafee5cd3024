import { useMemo, useState } from 'react';
import { nextClaimId, paragraphWords, type PickableWord } from '../../core/edit/index';
import type { Source } from '../../core/model/index';
import { useEditingWords } from './editingWords';
import { choosePicked, startingPlace, type Picked } from './pickedWords';
import { readSelection } from './selectionRange';
import type { Editing } from './useEditHistory';

export interface WordPickerState {
  readonly picked: Picked;
  /** Moves the picker (pickedWords.ts) and clears a problem said before. */
  readonly choose: (change: Partial<Picked>) => void;
  /** The text picked in, and the words of the paragraph picked. */
  readonly source: Source;
  readonly words: readonly PickableWord[];
  /** The words that will be quoted, from the first picked to the last, punctuation between them included. */
  readonly quote: string;
  /** Makes the words picked a claim; a refusal by the core is kept in `problem`. */
  readonly create: () => void;
  /** Why the last try made no claim, in the reader's words; null otherwise. */
  readonly problem: string | null;
}

/**
 * The word picker's state: where it stands, starting where the reader is (the words selected, the
 * open finding's first quote, or the French text's first word), and the claim it makes, which
 * `onCreated` opens.
 */
export function useWordPicker(editing: Editing, openId: string | null, onCreated: (findingId: string) => void): WordPickerState {
  const { t } = useEditingWords();
  const { comparison } = editing;
  const [picked, setPicked] = useState<Picked>(() => startingPlace(comparison, openId, readSelection(document.getSelection())));
  const [problem, setProblem] = useState<string | null>(null);

  const source = comparison.sources[picked.lang];
  const words = useMemo(() => paragraphWords(source, picked.paragraph), [source, picked.paragraph]);
  const first = words[picked.from];
  const last = words[picked.to];
  const quote = first && last ? source.text.slice(first.start, last.end) : '';

  const choose = (change: Partial<Picked>) => {
    setProblem(null);
    setPicked((previous) => choosePicked(previous, change));
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

  return { picked, choose, source, words, quote, create, problem };
}
