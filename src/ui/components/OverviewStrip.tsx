import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Comparison, type Lang, type Finding } from '../../core/model/index';
import type { StripMark } from '../../core/reading/index';
import { OverviewBar } from './OverviewBar';

export interface OverviewStripProps {
  readonly comparison: Comparison;
  readonly marks: Readonly<Record<Lang, readonly StripMark[]>>;
  readonly findings: ReadonlyMap<string, Finding>;
  readonly currentId: string | null;
  /** Findings lit in the texts: their marks light too, so a reader sees where a counterpart lies. */
  readonly litIds: ReadonlySet<string>;
  readonly onOpen: (findingId: string) => void;
}

/** Both texts as bars, one above the other, showing where discrepancies and one-source claims sit. */
export function OverviewStrip({ comparison, marks, findings, currentId, litIds, onOpen }: OverviewStripProps) {
  const { t } = useTranslation('compare');
  const headingId = useId();
  return (
    <section className="overview panel-box" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">{t('overview.heading')}</h2>
      <p className="overview__hint">{t('overview.hint')}</p>
      {LANGS.map((lang) => (
        <OverviewBar
          key={lang}
          lang={lang}
          marks={marks[lang]}
          textLength={comparison.sources[lang].text.length}
          findings={findings}
          currentId={currentId}
          litIds={litIds}
          onOpen={onOpen}
        />
      ))}
    </section>
  );
}
