import { useRef, useState } from 'react';
import { nextClaimId } from '../../core/edit/index';
import { useEditingWords } from './editingWords';
import { readSelection, type SelectionReading } from './selectionRange';
import type { Editing, EditStep } from './useEditHistory';

/** Why the last try made no claim, said until the next step through the history. */
interface Refusal {
  readonly text: string;
  readonly after: EditStep | null;
}

export interface ClaimCreation {
  /** Why the last try made no claim, in the reader's words; null once a step through the history followed it. */
  readonly refusal: string | null;
  /** Remembers the selection as a press on "Create claim" finds it. */
  readonly rememberSelection: () => void;
  /** Makes the words selected a claim: those the press found, when the tap that ended it cleared them. */
  readonly createFromSelection: () => void;
  /** Makes a selection already read a claim, or says why it cannot be one. */
  readonly createFrom: (reading: SelectionReading) => void;
}

/**
 * "Create claim from selection": the words selected in one text become a claim, the selection is
 * cleared and the claim's finding opens (`onOpen`); a selection that cannot be a claim, or an edit
 * the core refuses, is said in words instead, and changes nothing.
 */
export function useClaimCreation(editing: Editing, onOpen: (findingId: string) => void): ClaimCreation {
  const { t } = useEditingWords();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The selection as the press on "Create claim" found it: a tap on a touch screen may clear it before the click.
  const pressedOn = useRef<SelectionReading | null>(null);
  const { last } = editing;

  const createFrom = (reading: SelectionReading) => {
    if ('problem' in reading) {
      setRefusal({ text: t(`selection.${reading.problem}`), after: last });
      return;
    }
    const id = nextClaimId(editing.comparison);
    const error = editing.apply({ type: 'create-claim', id, ...reading.stretch });
    if (error) {
      setRefusal({ text: t(`error.${error.code}`), after: last });
      return;
    }
    document.getSelection()?.removeAllRanges();
    onOpen(id);
  };

  return {
    refusal: refusal !== null && refusal.after === last ? refusal.text : null,
    rememberSelection: () => {
      pressedOn.current = readSelection(document.getSelection());
    },
    createFromSelection: () => {
      const live = readSelection(document.getSelection());
      const reading = 'problem' in live && live.problem === 'none' && pressedOn.current !== null ? pressedOn.current : live;
      pressedOn.current = null;
      createFrom(reading);
    },
    createFrom,
  };
}
