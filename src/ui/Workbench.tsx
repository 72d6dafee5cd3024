import { Suspense, lazy, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../core/index';
import { App } from './App';
import { DropOverlay } from './components/DropOverlay';
import { withFindingParam } from './findingUrl';
import { useFileDrop } from './hooks/useFileDrop';

// Only a refused file needs it; the first view does without.
const ImportRefusal = lazy(() => import('./components/ImportRefusal').then((module) => ({ default: module.ImportRefusal })));

/** How the last import ended: the name of the comparison it opened, or why the file was refused. */
type ImportOutcome = { readonly opened: string } | { readonly refused: unknown; readonly fileName: string };

/**
 * The app with the comparison being read, which the reader replaces by opening a comparison file:
 * the header's button, or a file dropped anywhere on the page. A file that cannot be read leaves
 * the comparison on screen as it was, and the reader is told why in their language.
 */
export function Workbench({ initial }: { initial: Comparison }) {
  const { t } = useTranslation('common');
  // Each comparison opened remounts the reading view: filters, open finding and pointing start afresh.
  const [current, setCurrent] = useState({ comparison: initial, generation: 0 });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const importFile = useCallback((file: File) => {
    import('./readComparisonFile')
      .then(({ readComparisonFile }) => readComparisonFile(file))
      .then(
        (comparison) => {
          // The finding in the address belongs to the comparison that was on screen.
          window.history.replaceState(window.history.state, '', withFindingParam(window.location.href, null));
          setCurrent((previous) => ({ comparison, generation: previous.generation + 1 }));
          setOutcome({ opened: comparison.name });
        },
        (error: unknown) => setOutcome({ refused: error, fileName: file.name }),
      );
  }, []);
  const dragging = useFileDrop(importFile);

  return (
    <>
      <App key={current.generation} comparison={current.comparison} onImportFile={importFile} />
      {/* The page shows the comparison opened; screen readers are told in a line. */}
      <p aria-live="polite" className="visually-hidden">
        {outcome !== null && 'opened' in outcome ? t('import.opened', { name: outcome.opened }) : ''}
      </p>
      {outcome !== null && 'refused' in outcome && (
        <Suspense fallback={null}>
          <ImportRefusal error={outcome.refused} fileName={outcome.fileName} onDismiss={() => setOutcome(null)} />
        </Suspense>
      )}
      {dragging && <DropOverlay />}
    </>
  );
}
