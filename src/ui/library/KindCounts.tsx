import { FINDING_KINDS, type FindingKind } from '../../core/model/index';
import { KindIcon } from '../components/KindIcon';
import { useLibraryTranslation } from './useLibraryTranslation';

/**
 * A comparison's findings by kind, each named in words beside its glyph: `3 matches`, `1 discrepancy`;
 * then, when a reader rejected some, how many, apart, as the core counts them (findingCounts.ts).
 */
export function KindCounts({ counts, rejected, label }: { counts: Readonly<Record<FindingKind, number>>; rejected: number; label: string }) {
  const { t } = useLibraryTranslation();
  return (
    <ul className="library-counts" aria-label={label}>
      {FINDING_KINDS.map((kind) => (
        <li key={kind} className={`library-counts__item kind-${kind}`}>
          <KindIcon kind={kind} />
          <span>{t(`count.${kind}`, { count: counts[kind] })}</span>
        </li>
      ))}
      {rejected > 0 && <li className="library-counts__item library-counts__item--rejected">{t('count.rejected', { count: rejected })}</li>}
    </ul>
  );
}
