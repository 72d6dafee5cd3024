/**
 * How far the engine agrees with the analyst, sentence by sentence. Each sentence of both texts
 * (cut as the engine cuts them) gets one label from each comparison, from the findings whose
 * quotes overlap it: "discrepancy" if any does, else "match", else "only" (a one-source claim),
 * else "none". A discrepancy wins because a sentence that is right in part and wrong in part is
 * not a match; a match wins over "only" because a sentence with a counterpart is not one-sided,
 * even when a phrase of it is. Sentence pairs linked by a match or a discrepancy are compared too.
 * O(S · Q) overlap tests for S sentences and Q quotes, a few thousand for a news article.
 */
import { rangesOverlap } from './overlap';
import { assertSameTexts } from './sameTexts';
import { listSentences } from './sentences';
import type { Comparison, Lang, Range, Finding } from '../model/types';
import { LANGS } from '../model/types';
import { SENTENCE_LABELS, type SentenceLabel } from './sentenceLabels';


/** How many sentences get one label, from each comparison and from both. */
export interface LabelCounts {
  /** Sentences the curated comparison gives this label. */
  readonly curated: number;
  /** Sentences the automatic comparison gives this label. */
  readonly automatic: number;
  /** Sentences both give this label. */
  readonly both: number;
}

/** How far two comparisons of the same texts agree, as plain counts and shares between 0 and 1. */
export interface Agreement {
  /** Sentences of both texts together. */
  readonly sentences: number;
  /** Sentences both comparisons give the same label. */
  readonly agreed: number;
  /** `agreed / sentences`, between 0 and 1; null when the texts hold no sentence. */
  readonly share: number | null;
  readonly byLabel: Readonly<Record<SentenceLabel, LabelCounts>>;
  /** Pairs of a French and an English sentence that a match or a discrepancy links. */
  readonly links: {
    readonly curated: number;
    readonly automatic: number;
    /** Pairs both link, whatever their verdict. */
    readonly shared: number;
    /** `shared / curated`: how many of the analyst's links the engine finds; null when the analyst links none. */
    readonly share: number | null;
  };
}

/** Sets the automatic comparison against the curated one, sentence by sentence; throws unless both compare the same texts. */
export function measureAgreement(curated: Comparison, automatic: Comparison): Agreement {
  assertSameTexts(curated, automatic, 'measureAgreement');
  const sentences = { fr: listSentences(curated.sources.fr), en: listSentences(curated.sources.en) };
  const byLabel = Object.fromEntries(SENTENCE_LABELS.map((label) => [label, { curated: 0, automatic: 0, both: 0 }])) as Record<
    SentenceLabel,
    { curated: number; automatic: number; both: number }
  >;
  let total = 0;
  let agreed = 0;
  for (const lang of LANGS) {
    const curatedLabels = labelSentences(sentences[lang], curated.relations, lang);
    const automaticLabels = labelSentences(sentences[lang], automatic.relations, lang);
    curatedLabels.forEach((label, index) => {
      const other = automaticLabels[index] as SentenceLabel;
      byLabel[label].curated += 1;
      byLabel[other].automatic += 1;
      total += 1;
      if (label === other) {
        byLabel[label].both += 1;
        agreed += 1;
      }
    });
  }
  const curatedLinks = linkSentences(sentences, curated.relations);
  const automaticLinks = linkSentences(sentences, automatic.relations);
  const sharedLinks = [...curatedLinks].filter((link) => automaticLinks.has(link)).length;
  return {
    sentences: total,
    agreed,
    share: total === 0 ? null : agreed / total,
    byLabel,
    links: {
      curated: curatedLinks.size,
      automatic: automaticLinks.size,
      shared: sharedLinks,
      share: curatedLinks.size === 0 ? null : sharedLinks / curatedLinks.size,
    },
  };
}

// Strongest first: a sentence takes the first of these that a finding over it carries.
const LABEL_STRENGTH: readonly SentenceLabel[] = ['discrepancy', 'match', 'only'];

function labelSentences(sentences: readonly Range[], findings: readonly Finding[], lang: Lang): SentenceLabel[] {
  return sentences.map(([start, end]) => {
    const found = new Set<SentenceLabel>();
    for (const finding of findings) {
      if (finding[lang].some((span) => rangesOverlap(span, { start, end }))) found.add(labelOf(finding));
    }
    return LABEL_STRENGTH.find((label) => found.has(label)) ?? 'none';
  });
}

function labelOf(finding: Finding): SentenceLabel {
  switch (finding.kind) {
    case 'match':
      return 'match';
    case 'discrepancy':
      return 'discrepancy';
    case 'only-fr':
    case 'only-en':
      return 'only';
  }
}

/** Pairs linked by the findings that quote both texts, as `"frIndex:enIndex"` keys of sentence indices. */
function linkSentences(sentences: Readonly<Record<Lang, readonly Range[]>>, findings: readonly Finding[]): Set<string> {
  const links = new Set<string>();
  for (const finding of findings) {
    if (finding.kind !== 'match' && finding.kind !== 'discrepancy') continue;
    const covered = (lang: Lang) =>
      sentences[lang].flatMap(([start, end], index) => (finding[lang].some((span) => rangesOverlap(span, { start, end })) ? [index] : []));
    const enIndices = covered('en');
    for (const fr of covered('fr')) for (const en of enIndices) links.add(`${fr}:${en}`);
  }
  return links;
}
