import type { FindingKind } from '../../core/model/index';

/**
 * The glyph of a kind of finding, so that kinds differ by shape and not by colour alone: a tick for
 * a match, "not equal" for a discrepancy, and a square filled on the side of the one source that
 * says it (left for French, right for English, as the columns stand). Decorative: the kind's name
 * always travels with it as text or as an accessible name.
 */
export function KindIcon({ kind, className }: { kind: FindingKind; className?: string }) {
  return (
    <svg
      className={['kind-icon', className].filter(Boolean).join(' ')}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {drawKind(kind)}
    </svg>
  );
}

function drawKind(kind: FindingKind) {
  switch (kind) {
    case 'match':
      return <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />;
    case 'discrepancy':
      return <path d="M2.5 6h11M2.5 10.5h11M11 2.5L5 14" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />;
    case 'only-fr':
      return (
        <>
          <rect x="2" y="2" width="12" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <rect x="2" y="2" width="6" height="12" rx="1" fill="currentColor" />
        </>
      );
    case 'only-en':
      return (
        <>
          <rect x="2" y="2" width="12" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <rect x="8" y="2" width="6" height="12" rx="1" fill="currentColor" />
        </>
      );
  }
}
