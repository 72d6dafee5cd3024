import { Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/model/index';
import { App } from '../App';
import { AppHeader } from '../components/AppHeader';
import type { IntakeDraft } from '../intake/intakeDraft';
import type { LibrarySaveStatus } from '../library/useLibrarySave';
import type { Navigation } from './navigation';

// Neither is needed by the first view of the shipped comparison: each loads when first asked for.
const NewComparison = lazy(() => import('../intake/NewComparison').then((module) => ({ default: module.NewComparison })));
const LinkFailure = lazy(() => import('../library/LinkFailure').then((module) => ({ default: module.LinkFailure })));

export interface WorkspaceScreenProps {
  readonly navigation: Navigation;
  readonly shipped: Comparison;
  /** The workspace's tools, in the header of every screen. */
  readonly headerActions: ReactNode;
  /** The new comparison form's texts and details, kept while the form is closed. */
  readonly draft: IntakeDraft | null;
  readonly onDraftChange: (draft: IntakeDraft) => void;
  readonly onCompared: (comparison: Comparison) => void;
  readonly onCloseForm: () => void;
  readonly onImportFile: (file: File) => void;
  readonly onReadShipped: () => void;
  /** Where the saves of the reader's own comparison stand. */
  readonly save: LibrarySaveStatus;
  /** Hears every change to a comparison of the reader's own. */
  readonly onChange: (id: string, comparison: Comparison) => void;
}

/**
 * The workspace's one screen at a time: the new comparison form while it is open, else the
 * comparison shown (the shipped one, or one of the reader's own with its editing tools), a line
 * while it is fetched from the library, or why it cannot be had. Each comparison shown anew
 * mounts a new reading view (keyed by the navigation's generation).
 */
export function WorkspaceScreen(props: WorkspaceScreenProps) {
  const { navigation, shipped, headerActions, draft, onDraftChange, onCompared, onCloseForm, onImportFile, onReadShipped, save, onChange } = props;
  const { shown, generation } = navigation;
  const { t } = useTranslation('common');

  const opening = (
    <p role="status" className="workspace-opening">
      {t('workspace.opening')}
    </p>
  );

  if (navigation.formOpen) {
    return (
      <>
        <AppHeader>{headerActions}</AppHeader>
        <Suspense fallback={null}>
          <NewComparison draft={draft} onDraftChange={onDraftChange} onCompared={onCompared} onClose={onCloseForm} />
        </Suspense>
      </>
    );
  }
  switch (shown.kind) {
    case 'shipped':
      return <App key={generation} comparison={shipped} onImportFile={onImportFile} headerActions={headerActions} />;
    case 'opening':
      return (
        <>
          <AppHeader>{headerActions}</AppHeader>
          {opening}
        </>
      );
    case 'unavailable':
      return (
        <>
          <AppHeader>{headerActions}</AppHeader>
          <Suspense fallback={opening}>
            <LinkFailure error={shown.error} onOpenFile={onImportFile} onReadShipped={onReadShipped} />
          </Suspense>
        </>
      );
    case 'own': {
      const { View } = shown;
      return <View key={generation} record={shown.record} save={save} onChange={onChange} headerActions={headerActions} onImportFile={onImportFile} />;
    }
  }
}
