/**
 * Which comparison the reader reads: the analyst's, or the one the engine proposes for the same
 * texts. Like the reading mode, the choice lives in the address (`?proposal=automatic`), so that a
 * shared link opens the same comparison; the analyst's, the default, leaves the address bare. It
 * is not kept between visits: a reader who comes back finds the analyst's comparison first.
 */

export type ProposalChoice = 'curated' | 'automatic';

export const PROPOSAL_CHOICES = ['curated', 'automatic'] as const satisfies readonly ProposalChoice[];

export const PROPOSAL_PARAM = 'proposal';

/** The choice the address names; the analyst's comparison when it names none or an unknown one. */
export function readProposalChoice(search: string): ProposalChoice {
  return new URLSearchParams(search).get(PROPOSAL_PARAM) === 'automatic' ? 'automatic' : 'curated';
}

/** The same address with the choice in it (or out of it, for the analyst's); the other parameters are kept. */
export function withProposalParam(href: string, choice: ProposalChoice): string {
  const url = new URL(href);
  if (choice === 'automatic') url.searchParams.set(PROPOSAL_PARAM, choice);
  else url.searchParams.delete(PROPOSAL_PARAM);
  return url.href;
}
