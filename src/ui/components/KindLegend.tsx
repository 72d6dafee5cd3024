import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, type FindingKind } from '../../core/model/index';
import { useFormatters } from '../hooks/useFormatters';
import { KindIcon } from './KindIcon';

export interface KindLegendProps {
  readonly counts: Readonly<Record<FindingKind, number>>;
  readonly shownKinds: ReadonlySet<FindingKind>;
  readonly onToggle: (kind: FindingKind) => void;
}

/**
 * The legend, which is also the filter: one toggle per kind, drawn as its claims are (glyph and
 * underline style), with how many findings of that kind the comparison holds.
 */
export function KindLegend({ counts, shownKinds, onToggle }: KindLegendProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  return (
    <div className="legend" role="group" aria-label={t('summary.legend')}>
      {FINDING_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`legend__item kind-${kind}`}
          aria-pressed={shownKinds.has(kind)}
          onClick={() => onToggle(kind)}
        >
          <span className="legend__switch" aria-hidden="true" />
          <KindIcon kind={kind} className="legend__icon" />
          <span className="legend__label">{t(`findingKind.${kind}`)}</span>{' '}
          <span className="legend__count">{format.number(counts[kind])}</span>
        </button>
      ))}
    </div>
  );
}
