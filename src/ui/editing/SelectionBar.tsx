import { useEffect, useRef, useState } from 'react';
import type { Comparison } from '../../core/model/index';
import { shortenQuote } from '../quoteText';
import { useEditingWords } from './editingWords';
import { readSelection, type SelectedStretch } from './selectionRange';

export interface SelectionBarProps {
  readonly comparison: Comparison;
  /** Makes the stretch a claim, as "Create claim from selection" does. */
  readonly onCreate: (stretch: SelectedStretch) => void;
}

/**
 * While the reader edits and has words of one text selected, a bar at the foot of the window with
 * those words and a button that makes them a claim: the toolbar above the texts may be far up the
 * page, out of a thumb's reach on a phone. It keeps the words it shows while a press on its button
 * lasts, since a tap on a touch screen may clear the selection before the click.
 */
export function SelectionBar({ comparison, onCreate }: SelectionBarProps) {
  const { t } = useEditingWords();
  const [stretch, setStretch] = useState<SelectedStretch | null>(null);
  const pressing = useRef(false);

  useEffect(() => {
    const follow = () => {
      if (pressing.current) return;
      const reading = readSelection(document.getSelection());
      const next = 'stretch' in reading && reading.stretch.end > reading.stretch.start ? reading.stretch : null;
      setStretch((previous) => (previous?.lang === next?.lang && previous?.start === next?.start && previous?.end === next?.end ? previous : next));
    };
    follow();
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, []);

  if (stretch === null) return null;
  const words = comparison.sources[stretch.lang].text.slice(stretch.start, stretch.end);
  if (words.trim() === '') return null;
  return (
    <div className="selection-bar">
      <q className="selection-bar__words" lang={stretch.lang}>
        {shortenQuote(words, 80)}
      </q>
      <button
        type="button"
        className="button"
        // A press must not take the selection away before the click reads it.
        onMouseDown={(event) => event.preventDefault()}
        onPointerDown={() => {
          pressing.current = true;
        }}
        onClick={() => {
          pressing.current = false;
          onCreate(stretch);
        }}
      >
        {t('selectionBar.create')}
      </button>
    </div>
  );
}
