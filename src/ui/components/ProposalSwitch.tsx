import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../core/proposal/index';
import { useFormatters } from '../hooks/useFormatters';
import type { ProposalStatus } from '../hooks/useProposal';
import { PROPOSAL_CHOICES, type ProposalChoice } from '../proposalChoice';

/** The figures by verdict exist only once the engine has run, which loads its own chunk: they come with it, not with the first view. */
const AgreementBreakdown = lazy(() => import('./AgreementBreakdown').then((module) => ({ default: module.AgreementBreakdown })));

export interface ProposalSwitchProps {
  readonly choice: ProposalChoice;
  readonly status: ProposalStatus;
  readonly agreement: Agreement | null;
  readonly onChoose: (choice: ProposalChoice) => void;
}

/**
 * Chooses between the analyst's comparison and the engine's proposal for the same texts, and
 * says how far they agree once the engine has run: one line, and the figures by verdict on demand.
 * Native radio buttons: Tab reaches the group, the arrow keys move the choice.
 */
export function ProposalSwitch({ choice, status, agreement, onChoose }: ProposalSwitchProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const name = useId();
  return (
    <div className="proposal panel-box">
      <fieldset className="proposal__choice">
        <legend className="section-title">{t('proposal.legend')}</legend>
        <div className="proposal__options">
          {PROPOSAL_CHOICES.map((option) => (
            <label key={option} className="proposal__option">
              <input type="radio" name={name} value={option} checked={option === choice} onChange={() => onChoose(option)} />
              <span>{t(`proposal.choice.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* A live region without the status role: the page's status is the notice of an unknown finding. */}
      <div className="proposal__result" aria-live="polite">
        {status === 'loading' && <p className="proposal__line">{t('proposal.loading')}</p>}
        {status === 'failed' && <p className="proposal__line proposal__line--failed">{t('proposal.failed')}</p>}
        {agreement && agreement.share !== null && (
          <p className="proposal__line">{t('proposal.agreement', { share: format.percent(agreement.share) })}</p>
        )}
      </div>
      {agreement && agreement.share !== null && (
        <Suspense fallback={null}>
          <AgreementBreakdown agreement={agreement} />
        </Suspense>
      )}
    </div>
  );
}
