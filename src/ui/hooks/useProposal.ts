import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Comparison } from '../../core/model/index';
import { coversEverySentence, loadProposal, type Agreement } from '../../core/proposal/index';
import { readProposalChoice, withProposalParam, type ProposalChoice } from '../proposalChoice';
import { useLazyModule } from './useLazyModule';

export type ProposalStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface ProposalState {
  /** Whether there is a choice to make: only a comparison with curated findings has an engine proposal to set against them. */
  readonly available: boolean;
  readonly choice: ProposalChoice;
  readonly choose: (choice: ProposalChoice) => void;
  readonly status: ProposalStatus;
  /**
   * The comparison to show: the engine's when chosen and ready; else the given one, with the
   * engine's findings added where no curated one stands once the engine has run.
   */
  readonly comparison: Comparison;
  /** How far the engine agrees with the analyst; null until the engine has run. */
  readonly agreement: Agreement | null;
}

/**
 * The engine's proposal for `comparison`, and the reader's choice between it and the analyst's
 * comparison, kept in the address. The engine is loaded only when it is needed: when the reader
 * asks for its proposal, or when the analyst left a sentence unjudged that it could fill. With
 * `enabled` false (a comparison being edited, which is shown as the edits leave it) there is no
 * proposal and no choice.
 */
export function useProposal(comparison: Comparison, enabled = true): ProposalState {
  const [wantedChoice, setWantedChoice] = useState<ProposalChoice>(() => readProposalChoice(window.location.search));
  const available = useMemo(() => enabled && comparison.relations.some((finding) => finding.origin === 'curated'), [comparison, enabled]);
  const hasGaps = useHasGaps(comparison, available);
  const choice: ProposalChoice = available ? wantedChoice : 'curated';
  const wanted = available && (choice === 'automatic' || hasGaps);
  const propose = () => loadProposal().then((proposeComparison) => proposeComparison(comparison));
  const { status, value: proposal } = useLazyModule(wanted ? propose : null, comparison);

  useEffect(() => {
    const writeProposalParam = () => {
      const next = withProposalParam(window.location.href, choice);
      // Replace, not push: like the language and the reading mode, the choice is not a step Back undoes.
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    };
    writeProposalParam();
    // An older history entry may name the other choice; the reader's current one wins.
    window.addEventListener('popstate', writeProposalParam);
    return () => window.removeEventListener('popstate', writeProposalParam);
  }, [choice]);

  const choose = useCallback((next: ProposalChoice) => setWantedChoice(next), []);

  const shown = proposal ? (choice === 'automatic' ? proposal.automatic : proposal.merged) : comparison;
  return { available, choice, choose, status, comparison: shown, agreement: proposal?.agreement ?? null };
}

/**
 * Whether the analyst left a sentence of `comparison` unjudged, which the engine could fill; false
 * until known. Cutting the texts into sentences wakes ICU's sentence rules, about 50 ms in Chromium
 * the first time: asked after the comparison is painted rather than in the render that paints it,
 * so that the reader sees the texts first and the engine, where it is wanted, loads a moment later.
 */
function useHasGaps(comparison: Comparison, available: boolean): boolean {
  // The first render sees null; React renders again with the comparison once this one is committed.
  const asked = useDeferredValue(available ? comparison : null, null);
  return useMemo(() => asked !== null && asked === comparison && !coversEverySentence(asked), [asked, comparison]);
}
