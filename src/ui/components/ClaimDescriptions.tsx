import { useTranslation } from 'react-i18next';
import { FINDING_KINDS } from '../../core/model/index';

export interface ClaimDescriptionsProps {
  /** The prefix of every id here, unique on the page; claims point at `${baseId}-kind-match` and the like. */
  readonly baseId: string;
  /** The sentence for each set of findings that share words on the page, by key (`2-discrepancy-match`). */
  readonly sharedLabels: ReadonlyMap<string, string>;
}

/**
 * The hidden texts that claims name in `aria-describedby`: each kind, each set of findings that
 * share words, and "rejected". One of each for the whole page, so that the texts carry ids, not
 * the same sentence again at every claim.
 */
export function ClaimDescriptions({ baseId, sharedLabels }: ClaimDescriptionsProps) {
  const { t } = useTranslation('compare');
  return (
    <div hidden>
      {FINDING_KINDS.map((kind) => (
        <span key={kind} id={`${baseId}-kind-${kind}`}>
          {t(`findingKind.${kind}`)}
        </span>
      ))}
      {[...sharedLabels].map(([key, label]) => (
        <span key={key} id={`${baseId}-shared-${key}`}>
          {label}
        </span>
      ))}
      <span id={`${baseId}-rejected`}>{t('findingStatus.rejected')}</span>
    </div>
  );
}
