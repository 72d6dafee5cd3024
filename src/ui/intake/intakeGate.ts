/**
 * The gate before a comparison starts: what Compare does with the form as it is, and what the form
 * shows afterwards. The core judges the texts and their details (checkPair, checkSourceMeta); this
 * only routes its answers, so that the rule reads in one place and is tested without a screen.
 */
import { checkPair, checkSourceMeta, detectSourceMeta, type SourceMeta } from '../../core/intake/index';
import { LANGS, type Lang } from '../../core/model/index';
import type { CompareRequest } from '../worker/compareRequest';
import { shownMeta, type IntakeDraft } from './intakeDraft';

/**
 * What Compare does: stop at the first side (French first) whose text or details cannot be
 * compared, hold for a language warning unless the reader compares anyway, or start with `request`.
 */
export type CompareStep =
  | { readonly step: 'blocked'; readonly side: Lang }
  | { readonly step: 'hold' }
  | { readonly step: 'start'; readonly request: CompareRequest };

/** What the form shows of the gate: whether problems show yet, and whether a warning holds the comparison back. */
export interface IntakeGate {
  /** Problems show once the reader has asked to compare, then follow the texts as they change. */
  readonly checked: boolean;
  /** A language warning held the last Compare back; Compare anyway or Swap lets it through. */
  readonly holding: boolean;
}

/** Something that moves the gate: a Compare decided, or the texts swapped. */
export type IntakeGateEvent = CompareStep | { readonly step: 'swapped' };

/** The gate of a form just opened: nothing checked, nothing held. */
export const UNCHECKED_GATE: IntakeGate = { checked: false, holding: false };

/** Decides what Compare does with `draft`; `anyway` when the reader chose Compare anyway. */
export function decideCompare(draft: IntakeDraft, anyway: boolean): CompareStep {
  const issues = checkPair({ fr: draft.fr.text, en: draft.en.text });
  const details = metaNow(draft);
  const blocked = LANGS.find((lang) => issues.some((issue) => issue.blocking && issue.side === lang) || checkSourceMeta(details[lang]).length > 0);
  if (blocked !== undefined) return { step: 'blocked', side: blocked };
  if (!anyway && issues.length > 0) return { step: 'hold' };
  return {
    step: 'start',
    request: {
      fr: { text: draft.fr.text, meta: details.fr },
      en: { text: draft.en.text, meta: details.en },
      name: draft.name?.trim() || details.fr.title?.trim() || '',
    },
  };
}

/**
 * The gate after `event`. Any Compare shows the problems from then on; a hold stays until a
 * comparison starts or the texts are swapped (a blocked side leaves it as it was).
 */
export function passGate(gate: IntakeGate, event: IntakeGateEvent): IntakeGate {
  switch (event.step) {
    case 'blocked':
      return { ...gate, checked: true };
    case 'hold':
      return { checked: true, holding: true };
    case 'start':
      return { checked: true, holding: false };
    case 'swapped':
      return { ...gate, holding: false };
  }
}

// The details as they are for the texts now: those shown may lag a keystroke behind (deferred detection).
function metaNow(draft: IntakeDraft): Record<Lang, SourceMeta> {
  return {
    fr: shownMeta(draft.fr, detectSourceMeta(draft.fr.text, 'fr')),
    en: shownMeta(draft.en, detectSourceMeta(draft.en.text, 'en')),
  };
}
