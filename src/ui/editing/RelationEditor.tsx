import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedKinds, linkCandidates, statusOf, type Edit, type EditErrorCode } from '../../core/edit/index';
import { noteStandingOf } from '../../core/findings/index';
import { ASPECTS, LANGS, type Lang, type Relation, type RelationStatus } from '../../core/model/index';
import { KindIcon } from '../components/KindIcon';
import { NoteStandingLine } from '../components/NoteStandingLine';
import { shortenQuote } from '../quoteText';
import { useEditingWords } from './editingWords';
import { NoteField } from './NoteField';
import type { Editing } from './useEditHistory';

export interface RelationEditorProps {
  readonly relation: Relation;
  readonly editing: Editing;
  /** Called once the relation is deleted: its finding has nothing left to show. */
  readonly onDeleted: () => void;
}

/**
 * Edits one finding in its panel: its kind among those its quotes allow, what differs (for a
 * discrepancy), its note in French and in English, the reader's judgement of an automatic finding
 * (confirmed or rejected, said in words and by the pressed button), a link to a claim of the other
 * text for a claim that quotes one text, and deletion, which Undo takes back.
 */
export function RelationEditor({ relation, editing, onDeleted }: RelationEditorProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  const baseId = useId();
  const [problem, setProblem] = useState<EditErrorCode | null>(null);
  const [linkChoice, setLinkChoice] = useState<string | null>(null);

  const apply = (edit: Edit): boolean => {
    const error = editing.apply(edit);
    setProblem(error?.code ?? null);
    return error === null;
  };

  const kinds = allowedKinds(relation);
  const status = statusOf(relation);
  const judge = (wanted: RelationStatus) => apply({ type: 'set-status', id: relation.id, status: status === wanted ? 'automatic' : wanted });

  // A claim of one text links to claims of the other, shown by their quote of the side it lacks.
  const lacking: Lang | null = relation.fr.length === 0 ? 'fr' : relation.en.length === 0 ? 'en' : null;
  const candidates = linkCandidates(editing.comparison, relation);
  const linkTo = candidates.some((other) => other.id === linkChoice) ? linkChoice : (candidates[0]?.id ?? null);

  return (
    <section className="relation-editor" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`} className="finding-panel__subheading">
        {t('editor.heading')}
      </h3>

      <fieldset className="relation-editor__group">
        <legend>{t('editor.kind')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="relation-editor__choice">
            <input
              type="radio"
              name={`${baseId}-kind`}
              value={kind}
              checked={relation.kind === kind}
              onChange={() => apply({ type: 'set-kind', id: relation.id, kind })}
            />
            <KindIcon kind={kind} /> {tCompare(`relation.kind.${kind}`)}
          </label>
        ))}
      </fieldset>

      {relation.kind === 'discrepancy' && (
        <fieldset className="relation-editor__group relation-editor__group--aspects">
          <legend>{t('editor.aspects')}</legend>
          {ASPECTS.map((aspect) => (
            <label key={aspect} className="relation-editor__choice">
              <input
                type="checkbox"
                checked={relation.aspects.includes(aspect)}
                onChange={(event) =>
                  apply({
                    type: 'set-aspects',
                    id: relation.id,
                    aspects: event.target.checked ? [...relation.aspects, aspect] : relation.aspects.filter((other) => other !== aspect),
                  })
                }
              />{' '}
              {tCompare(`aspect.${aspect}`)}
            </label>
          ))}
        </fieldset>
      )}

      {status !== null && (
        <div role="group" aria-labelledby={`${baseId}-judgement`} className="relation-editor__judgement">
          <p id={`${baseId}-judgement`} className="relation-editor__label">
            {t('editor.judgement')}
          </p>
          <p className={`relation-editor__status relation-editor__status--${status}`}>{t('editor.status', { status: tCompare(`relation.status.${status}`) })}</p>
          <button type="button" className="button button--quiet" aria-pressed={status === 'confirmed'} onClick={() => judge('confirmed')}>
            {t('editor.confirm')}
          </button>
          <button type="button" className="button button--quiet" aria-pressed={status === 'rejected'} onClick={() => judge('rejected')}>
            {t('editor.reject')}
          </button>
        </div>
      )}

      <p id={`${baseId}-note-hint`} className="relation-editor__hint">
        {t('editor.noteHint')}
      </p>
      {LANGS.map((lang) => {
        // Under each note, whether it is the reader's or out of date; heard with the field too.
        const standing = noteStandingOf(relation, lang);
        return (
          <div key={lang} className="relation-editor__note">
            <NoteField
              lang={lang}
              label={t(lang === 'fr' ? 'editor.noteFr' : 'editor.noteEn')}
              value={relation.note[lang]}
              describedBy={standing === null ? `${baseId}-note-hint` : `${baseId}-note-hint ${baseId}-standing-${lang}`}
              onSave={(text) => apply({ type: 'set-note', id: relation.id, lang, text })}
            />
            <NoteStandingLine standing={standing} id={`${baseId}-standing-${lang}`} />
          </div>
        );
      })}

      {lacking !== null && (
        <div className="relation-editor__link">
          {linkTo === null ? (
            <>
              <p className="relation-editor__label">{t('editor.link')}</p>
              <p className="relation-editor__hint">{t('editor.linkNone')}</p>
            </>
          ) : (
            <div className="relation-editor__link-row">
              <label htmlFor={`${baseId}-link`} className="relation-editor__label">
                {t('editor.link')}
              </label>
              <select id={`${baseId}-link`} value={linkTo} onChange={(event) => setLinkChoice(event.target.value)}>
                {candidates.map((other) => (
                  <option key={other.id} value={other.id}>
                    {t('editor.linkOption', { kind: tCompare(`relation.kind.${other.kind}`), quote: shortenQuote(other[lacking][0]?.quote ?? '', 60) })}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--quiet" onClick={() => apply({ type: 'link-claims', from: relation.id, to: linkTo })}>
                {t('editor.linkButton')}
              </button>
            </div>
          )}
        </div>
      )}

      <button
        type="button"
        className="button button--quiet relation-editor__delete"
        onClick={() => {
          if (apply({ type: 'delete-claim', id: relation.id })) onDeleted();
        }}
      >
        {t('editor.delete')}
      </button>

      {problem !== null && (
        <p role="alert" className="relation-editor__problem">
          {t(`error.${problem}`)}
        </p>
      )}
    </section>
  );
}
