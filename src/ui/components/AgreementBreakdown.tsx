import { useTranslation } from 'react-i18next';
import { SENTENCE_LABELS, type Agreement } from '../../core/proposal/index';
import { useFormatters } from '../hooks/useFormatters';

/** How far the engine agrees with the analyst, verdict by verdict and on the linked sentence pairs, behind a disclosure. */
export function AgreementBreakdown({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  return (
    <details className="proposal__breakdown">
      <summary>{t('proposal.breakdown.summary')}</summary>
      <table className="proposal__table">
        <thead>
          <tr>
            <th scope="col">{t('proposal.breakdown.verdict')}</th>
            <th scope="col">{t('proposal.breakdown.curated')}</th>
            <th scope="col">{t('proposal.breakdown.automatic')}</th>
            <th scope="col">{t('proposal.breakdown.both')}</th>
          </tr>
        </thead>
        <tbody>
          {SENTENCE_LABELS.filter((label) => agreement.byLabel[label].curated + agreement.byLabel[label].automatic > 0).map((label) => (
            <tr key={label}>
              <th scope="row">{t(`proposal.label.${label}`)}</th>
              <td>{format.number(agreement.byLabel[label].curated)}</td>
              <td>{format.number(agreement.byLabel[label].automatic)}</td>
              <td>{format.number(agreement.byLabel[label].both)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {agreement.links.share !== null && (
        <p className="proposal__links">
          {t('proposal.links', {
            share: format.percent(agreement.links.share),
            shared: format.number(agreement.links.shared),
            total: format.number(agreement.links.curated),
          })}
        </p>
      )}
    </details>
  );
}
