import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkCandidates, type Edit } from '../../core/edit/index';
import type { Comparison, Lang, Finding } from '../../core/model/index';
import { shortenQuote } from '../quoteText';
import { useEditingWords } from './editingWords';

export interface LinkToClaimProps {
  readonly finding: Finding;
  readonly comparison: Comparison;
  readonly onApply: (edit: Edit) => void;
}

/**
 * For a claim that quotes one text only, a link to a claim of the other: the candidates the core
 * offers, each shown by its quote of the text this claim lacks, and a button that links the one
 * chosen. Draws nothing for a finding that quotes both texts.
 */
export function LinkToClaim({ finding, comparison, onApply }: LinkToClaimProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  const selectId = useId();
  const [choice, setChoice] = useState<string | null>(null);

  const lacking: Lang | null = finding.fr.length === 0 ? 'fr' : finding.en.length === 0 ? 'en' : null;
  if (lacking === null) return null;
  const candidates = linkCandidates(comparison, finding);
  const linkTo = candidates.some((other) => other.id === choice) ? choice : (candidates[0]?.id ?? null);

  return (
    <div className="finding-editor__link">
      {linkTo === null ? (
        <>
          <p className="finding-editor__label">{t('editor.link')}</p>
          <p className="finding-editor__hint">{t('editor.linkNone')}</p>
        </>
      ) : (
        <div className="finding-editor__link-row">
          <label htmlFor={selectId} className="finding-editor__label">
            {t('editor.link')}
          </label>
          <select id={selectId} value={linkTo} onChange={(event) => setChoice(event.target.value)}>
            {candidates.map((other) => (
              <option key={other.id} value={other.id}>
                {t('editor.linkOption', { kind: tCompare(`findingKind.${other.kind}`), quote: shortenQuote(other[lacking][0]?.quote ?? '', 60) })}
              </option>
            ))}
          </select>
          <button type="button" className="button button--quiet" onClick={() => onApply({ type: 'link-claims', from: finding.id, to: linkTo })}>
            {t('editor.linkButton')}
          </button>
        </div>
      )}
    </div>
  );
}
