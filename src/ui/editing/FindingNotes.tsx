import { useId } from 'react';
import type { Edit } from '../../core/edit/index';
import { noteStandingOf } from '../../core/findings/index';
import { LANGS, type Finding } from '../../core/model/index';
import { NoteStandingLine } from '../components/NoteStandingLine';
import { useEditingWords } from './editingWords';
import { NoteField } from './NoteField';

export interface FindingNotesProps {
  readonly finding: Finding;
  readonly onApply: (edit: Edit) => void;
}

/** A finding's notes, in French then in English, under one hint; each saved as one edit (NoteField.tsx). */
export function FindingNotes({ finding, onApply }: FindingNotesProps) {
  const { t } = useEditingWords();
  const baseId = useId();
  return (
    <>
      <p id={`${baseId}-note-hint`} className="finding-editor__hint">
        {t('editor.noteHint')}
      </p>
      {LANGS.map((lang) => {
        // Under each note, whether it is the reader's or out of date; heard with the field too.
        const standing = noteStandingOf(finding, lang);
        return (
          <div key={lang} className="finding-editor__note">
            <NoteField
              lang={lang}
              label={t(lang === 'fr' ? 'editor.noteFr' : 'editor.noteEn')}
              value={finding.note[lang]}
              describedBy={standing === null ? `${baseId}-note-hint` : `${baseId}-note-hint ${baseId}-standing-${lang}`}
              onSave={(text) => onApply({ type: 'set-note', id: finding.id, lang, text })}
            />
            <NoteStandingLine standing={standing} id={`${baseId}-standing-${lang}`} />
          </div>
        );
      })}
    </>
  );
}
