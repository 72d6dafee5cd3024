import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimWording } from '../../core/findings/index';
import type { Finding } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { FindingList } from './FindingList';
import { FindingPanel } from './FindingPanel';
import { UnknownFinding } from './UnknownFinding';

export interface FindingSideProps {
  /** The finding the address names; null when none is open. */
  readonly findingId: string | null;
  /** The open finding; null when none is, or when the comparison holds none of that id. */
  readonly finding: Finding | null;
  readonly related: readonly Finding[];
  readonly position: { readonly index: number; readonly total: number } | null;
  readonly wording: ClaimWording | null;
  /** Whether the panel takes focus as it opens: only when the reader opened it. */
  readonly takeFocus: boolean;
  /** The findings the list shows. */
  readonly findings: readonly Finding[];
  readonly uiLang: UiLang;
  /** The slot the panel stands in. */
  readonly panelSlotRef: Ref<HTMLDivElement>;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
  readonly onOpen: (findingId: string) => void;
  /** The controls that edit the open finding, while the reader edits. */
  readonly editor: ReactNode;
}

/** Beside the texts: the open finding (or why the one the address names cannot be shown, or a hint when none is open), over the list of findings. */
export function FindingSide(props: FindingSideProps) {
  const { findingId, finding, related, position, wording, takeFocus, findings, uiLang, panelSlotRef, onStep, onClose, onOpen, editor } = props;
  const { t } = useTranslation('compare');
  return (
    <div className="side">
      <div className="side__panel" ref={panelSlotRef}>
        {finding ? (
          <FindingPanel
            key={finding.id}
            finding={finding}
            uiLang={uiLang}
            position={position}
            related={related}
            wording={wording}
            takeFocus={takeFocus}
            onStep={onStep}
            onClose={onClose}
            onOpen={onOpen}
            editor={editor}
          />
        ) : findingId !== null ? (
          <UnknownFinding id={findingId} onClose={onClose} />
        ) : (
          <p className="finding-hint">{t('finding.empty')}</p>
        )}
      </div>
      <FindingList findings={findings} uiLang={uiLang} currentId={findingId} onOpen={onOpen} />
    </div>
  );
}
