/**
 * What a reader's change to a finding's verdict (its kind, its link to another claim, its claims)
 * does to its notes, so that a finding never says one thing and explains another. Language by
 * language, each note that goes into the changed finding (its own; and, when a link takes the
 * whole of another claim, that claim's) is one of three:
 *
 * - the reader's own words (noteStanding 'reader'): kept word for word, always;
 * - the sentence the engine writes for the finding's old kind ("Both sources say the same.",
 *   "Only the French source reports this."), and, on an automatic finding, that sentence with the
 *   evidence the engine gave for the kind ("Both sources say the same: 12 million euros / 12
 *   millions d’euros."): it said the kind and what the kind rested on, so it goes with it;
 * - anything else (the engine's reading of a discrepancy, an analyst's words, a note already out
 *   of date): kept, and marked out of date, since it was written about the finding as it was.
 *
 * When only engine sentences went, the engine's sentence for the new kind takes their place, as
 * the engine would have written it; a discrepancy has none (what differs only a reading of the
 * texts can say), and its note is then left empty for the reader. The finding is marked edited.
 */
import { isNoteForKind, noteForJudgement, noteForOneSided } from '../engine/notes';
import type { Lang, NoteStanding, Finding, FindingKind } from '../model/types';
import { LANGS } from '../model/types';

/**
 * `after` (the finding as the edit leaves it: kind, claims, status) with its notes revised from
 * those of `before` (the finding before the edit, then any claim the edit folded into it), and
 * marked edited. The notes of `after` itself are not read.
 */
export function reviseNotes(after: Finding, before: readonly Finding[]): Finding {
  const note = { fr: '', en: '' };
  const standing: Partial<Record<Lang, NoteStanding>> = {};
  for (const lang of LANGS) {
    const kept: { text: string; standing: NoteStanding }[] = [];
    let engineSentenceWent = false;
    for (const finding of before) {
      const text = finding.note[lang];
      if (text.trim() === '') continue;
      const own = finding.noteStanding?.[lang];
      if (own === 'reader') kept.push({ text, standing: 'reader' });
      else if (own === undefined && writtenForKind(finding, lang, text)) engineSentenceWent = true;
      else kept.push({ text, standing: 'outdated' });
    }
    if (kept.length === 0) {
      note[lang] = engineSentenceWent ? (engineSentences(after.kind, lang)[0] ?? '') : '';
      continue;
    }
    note[lang] = kept.map((part) => part.text).join('\n\n');
    standing[lang] = kept.every((part) => part.standing === 'reader') ? 'reader' : 'outdated';
  }
  const revised: Finding = { ...after, note, edited: true, noteStanding: standing };
  // Only notes that stand otherwise than as written are listed; a finding with none has no field.
  if (Object.keys(standing).length === 0) delete (revised as { noteStanding?: unknown }).noteStanding;
  return revised;
}

/**
 * Whether a note is the engine's for the finding's kind: its plain sentence on any finding (as an
 * analyst may copy it), its fuller forms only on the engine's own findings, so that an analyst's
 * note that happens to open the same way is never taken for the engine's.
 */
function writtenForKind(finding: Finding, lang: Lang, text: string): boolean {
  return engineSentences(finding.kind, lang).includes(text) || (finding.origin === 'automatic' && isNoteForKind(finding.kind, lang, text));
}

/**
 * The sentences the engine writes for a finding of `kind` from its kind alone, the plain one first;
 * none for a discrepancy, whose note the engine writes from what it read (engine/notes.ts).
 */
function engineSentences(kind: FindingKind, lang: Lang): readonly string[] {
  switch (kind) {
    case 'match':
      return [false, true].map((moved) => noteForJudgement({ kind: 'match', differences: [], partialProbability: null, sharedFacts: [] }, moved)[lang]);
    case 'only-fr':
      return [noteForOneSided('fr')[lang]];
    case 'only-en':
      return [noteForOneSided('en')[lang]];
    case 'discrepancy':
      return [];
  }
}
