import { useDeferredValue, useMemo } from 'react';
import { checkPair, checkSourceMeta, detectSourceMeta, type PairIssue, type SourceMeta, type SourceMetaIssue } from '../../core/intake/index';
import type { Lang } from '../../core/model/index';
import { shownMeta, type IntakeDraft } from './intakeDraft';

export interface DraftChecks {
  /** The details shown for each side: the reader's, the page's or those detected. */
  readonly meta: Record<Lang, SourceMeta>;
  /** The problems of each side's text alone. */
  readonly sideIssues: Record<Lang, readonly PairIssue[]>;
  /** The language warnings that concern both texts. */
  readonly pairWarnings: readonly PairIssue[];
  /** Whether any language warning shows, of the pair or of one side: what a held comparison waits on. */
  readonly languageWarned: boolean;
  /** The details of each side that cannot be applied. */
  readonly metaIssues: Record<Lang, readonly SourceMetaIssue[]>;
}

/**
 * What the form shows about its draft, as the core finds it: the details of each side, and, once
 * `checked` (the reader has asked to compare), its problems. Detection follows the texts a
 * keystroke late (deferred), so that typing in a long text stays quick.
 */
export function useDraftChecks(current: IntakeDraft, checked: boolean): DraftChecks {
  const frText = useDeferredValue(current.fr.text);
  const enText = useDeferredValue(current.en.text);
  const detected: Record<Lang, SourceMeta> = {
    fr: useMemo(() => detectSourceMeta(frText, 'fr'), [frText]),
    en: useMemo(() => detectSourceMeta(enText, 'en'), [enText]),
  };
  const meta: Record<Lang, SourceMeta> = { fr: shownMeta(current.fr, detected.fr), en: shownMeta(current.en, detected.en) };
  const issues = useMemo(() => (checked ? checkPair({ fr: frText, en: enText }) : []), [checked, frText, enText]);
  const pairWarnings = issues.filter((issue) => issue.side === null);
  return {
    meta,
    sideIssues: { fr: issues.filter((issue) => issue.side === 'fr'), en: issues.filter((issue) => issue.side === 'en') },
    pairWarnings,
    languageWarned: pairWarnings.length > 0 || issues.some((issue) => issue.code === 'wrong-language'),
    metaIssues: { fr: checked ? checkSourceMeta(meta.fr) : [], en: checked ? checkSourceMeta(meta.en) : [] },
  };
}
