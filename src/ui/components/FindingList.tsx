import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByKind } from '../../core/findings/index';
import type { Finding } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { FindingGroup } from './FindingGroup';

export interface FindingListProps {
  /** The findings shown, in reading order. */
  readonly findings: readonly Finding[];
  readonly uiLang: UiLang;
  readonly currentId: string | null;
  readonly onOpen: (findingId: string) => void;
}

/** Lists every finding shown, grouped by kind, each group in reading order; choosing one opens it. */
export function FindingList({ findings, uiLang, currentId, onOpen }: FindingListProps) {
  const { t } = useTranslation('compare');
  const headingId = useId();
  const groups = groupByKind(findings).filter((group) => group.findings.length > 0);
  return (
    <nav className="finding-list panel-box" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('list.heading')}
      </h2>
      {groups.length === 0 ? (
        <p className="finding-list__none">{t('list.none')}</p>
      ) : (
        groups.map((group) => (
          <FindingGroup key={group.kind} kind={group.kind} findings={group.findings} uiLang={uiLang} currentId={currentId} onOpen={onOpen} />
        ))
      )}
    </nav>
  );
}
