import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, FINDING_KINDS, type Comparison, type Lang, type ReadingMode, type Finding, type Translation } from '../../core/model/index';
import type { ReadingRow } from '../../core/reading/index';
import type { UiLang } from '../../i18n/i18n';
import { ClaimsContext, type ClaimsContextValue, type PointingMode } from '../hooks/useClaims';
import { useFormatters } from '../hooks/useFormatters';
import type { TranslationStatus } from '../hooks/useTranslationKit';
import type { RowLabels, ShownTranslation } from './AlignedRow';
import { ClaimDescriptions } from './ClaimDescriptions';
import { ColumnLabels } from './ColumnLabels';
import { ReadingModeSwitch } from './ReadingModeSwitch';
import { RowList } from './RowList';
import { SourceMeta } from './SourceMeta';
import { TranslationNote } from './TranslationNote';

export interface ReadingViewProps {
  /** The section's id, for the link that skips to the texts. */
  readonly id: string;
  readonly comparison: Comparison;
  readonly rows: readonly ReadingRow[];
  readonly findings: ReadonlyMap<string, Finding>;
  readonly litIds: ReadonlySet<string>;
  readonly currentId: string | null;
  readonly onPoint: (findingIds: readonly string[], mode: PointingMode) => void;
  readonly onUnpoint: (mode: PointingMode) => void;
  readonly onOpen: (findingId: string) => void;
  readonly uiLang: UiLang;
  readonly mode: ReadingMode;
  readonly onModeChange: (mode: ReadingMode) => void;
  readonly translationStatus: TranslationStatus;
  /** The translation of each source into the other language, once loaded. */
  readonly translations: Readonly<Record<Lang, Translation | null>> | null;
  /** The translation shown, in its source's column; null when every column shows its original. */
  readonly shownTranslation: ShownTranslation | null;
  /** More controls for the texts' toolbar: the editing tools, when the comparison can be edited. */
  readonly tools?: ReactNode;
}

/**
 * The two texts side by side, each under its source's particulars, aligned row by row. Claims are
 * described to assistive technology by hidden labels (their kind, and how many findings share
 * them) so that their own words stay their accessible name. Above them, the reader chooses to read
 * each text as written, in their language, or both.
 */
export function ReadingView(props: ReadingViewProps) {
  const { id, comparison, rows, findings, litIds, currentId, onPoint, onUnpoint, onOpen } = props;
  const { uiLang, mode, onModeChange, translationStatus, translations, shownTranslation, tools = null } = props;
  const { t } = useTranslation('compare');
  const baseId = useId();
  const headingId = `${baseId}-heading`;

  // Every number and set of kinds of findings sharing a stretch that occurs on the page gets one
  // hidden label, `Part of 2 findings: Discrepancy and Match`. A translated sentence may carry more
  // findings than any stretch of the originals: it counts too.
  const format = useFormatters();
  const sharedKinds = useCallback(
    (findingIds: readonly string[]) => {
      const kinds = new Set(findingIds.map((findingId) => findings.get(findingId)?.kind));
      return FINDING_KINDS.filter((kind) => kinds.has(kind));
    },
    [findings],
  );
  const sharedKey = useCallback((findingIds: readonly string[]) => `${findingIds.length}-${sharedKinds(findingIds).join('-')}`, [sharedKinds]);
  const sharedLabels = useMemo(() => {
    const labels = new Map<string, string>();
    const paragraphs = [...rows.flatMap((row) => LANGS.flatMap((lang) => row[lang])), ...(shownTranslation?.layout.paragraphs ?? [])];
    for (const paragraph of paragraphs) {
      for (const { findingIds } of paragraph.pieces) {
        const key = sharedKey(findingIds);
        if (findingIds.length < 2 || labels.has(key)) continue;
        const kinds = format.list(sharedKinds(findingIds).map((kind) => t(`findingKind.${kind}`)));
        labels.set(key, t('texts.sharedBy', { count: findingIds.length, kinds }));
      }
    }
    return labels;
  }, [rows, shownTranslation, sharedKey, sharedKinds, format, t]);

  const describedBy = useCallback(
    (findingIds: readonly string[], rejected = false) => {
      const [first] = findingIds;
      const kind = first === undefined ? undefined : findings.get(first)?.kind;
      const what = findingIds.length > 1 ? `${baseId}-shared-${sharedKey(findingIds)}` : `${baseId}-kind-${kind ?? 'match'}`;
      return rejected ? `${what} ${baseId}-rejected` : what;
    },
    [baseId, findings, sharedKey],
  );
  const nameShared = useCallback((findingIds: readonly string[]) => sharedLabels.get(sharedKey(findingIds)) ?? null, [sharedLabels, sharedKey]);

  const translationLayout = shownTranslation?.layout ?? null;
  const claims = useMemo<ClaimsContextValue>(
    () => ({ findings, litIds, currentId, translation: translationLayout, describedBy, nameShared, point: onPoint, unpoint: onUnpoint, open: onOpen }),
    [findings, litIds, currentId, translationLayout, describedBy, nameShared, onPoint, onUnpoint, onOpen],
  );
  const rowLabels = useMemo<RowLabels>(
    () => ({
      source: { fr: t('source.fr'), en: t('source.en') },
      tag: { fr: t('langTag.fr'), en: t('langTag.en') },
      emptyOpposite: { fr: t('texts.emptyOpposite.fr'), en: t('texts.emptyOpposite.en') },
      translationBadge: t('translation.badge'),
    }),
    [t],
  );

  return (
    <section className="texts" aria-labelledby={headingId} id={id} tabIndex={-1}>
      <h2 id={headingId} className="visually-hidden">
        {t('texts.heading')}
      </h2>
      <div className="texts__toolbar">
        <ReadingModeSwitch mode={mode} onChange={onModeChange} />
        {tools}
      </div>
      <div className="texts__sources">
        {LANGS.map((lang) => (
          <SourceMeta key={lang} source={comparison.sources[lang]}>
            <TranslationNote lang={lang} uiLang={uiLang} mode={mode} status={translationStatus} translation={translations?.[lang] ?? null} />
          </SourceMeta>
        ))}
      </div>
      <ColumnLabels mode={mode} shownTranslation={shownTranslation} />
      {sharedLabels.size > 0 && (
        <p className="texts__shared-hint">
          {/* The number as the texts draw it, so that the sentence points at what it explains. */}
          <sup className="claim__count" aria-hidden="true">
            2
          </sup>{' '}
          {t('texts.sharedHint')}
        </p>
      )}
      <ClaimsContext value={claims}>
        <RowList comparison={comparison} rows={rows} findings={findings} currentId={currentId} translation={shownTranslation} labels={rowLabels} />
      </ClaimsContext>
      <ClaimDescriptions baseId={baseId} sharedLabels={sharedLabels} />
    </section>
  );
}
