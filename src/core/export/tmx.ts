/**
 * The matched sentences as a TMX 1.4b translation memory (https://www.gala-global.org/tmx-14b), for
 * translation tools, which reuse every unit as a translation: so it holds only what translates.
 * One translation unit per sentence pair of a match (sentencePairs.ts: one French passage, the
 * English passage that says the same, never quotes from different places joined). Left out, and
 * counted in the header's note: discrepancies (the two sides do not say the same thing, so neither
 * translates the other), claims one source alone makes, matches whose quotes cannot be paired one
 * to one, and matches a reader rejected (status 'rejected').
 *
 * Every piece of the comparison goes through `escapeXml`, which also drops the characters XML 1.0
 * cannot hold, so the file always parses.
 */
import { orderFindings } from '../findings/findings';
import type { Comparison, Finding } from '../model/types';
import { escapeXml, escapeXmlAttribute } from './escape';
import { pairMatchedSentences, type SentencePair } from './sentencePairs';

/** Who made the file, as the header's creationtool says. */
export const CREATION_TOOL = { name: 'source-comparison-workbench', version: '0.1.0' } as const;

/** Writes the translation memory; its header and notes are in English, the TMX administrative language. */
export function toTmx(comparison: Comparison): string {
  const ordered = orderFindings(comparison);
  const count = (test: (finding: Finding) => boolean) => ordered.filter(test).length;
  const matches = ordered.filter((finding) => finding.kind === 'match' && finding.status !== 'rejected');
  const paired = matches.map((finding) => ({ finding, pairs: pairMatchedSentences(comparison, finding) }));
  const units = paired.flatMap(({ finding, pairs }) =>
    // A match of one pair keeps its id as the unit's; a match of several numbers them.
    pairs.map((pair, index) => drawUnit(pairs.length === 1 ? finding.id : `${finding.id}.${index + 1}`, pair)),
  );
  const unpaired = paired.filter(({ pairs }) => pairs.length === 0).length;
  const rejected = count((finding) => finding.kind === 'match' && finding.status === 'rejected');
  const discrepancies = count((finding) => finding.kind === 'discrepancy');
  const onlyFr = count((finding) => finding.kind === 'only-fr');
  const onlyEn = count((finding) => finding.kind === 'only-en');
  const note =
    `Comparison "${comparison.name}": ${plural(units.length, 'sentence pair')} from ${plural(matches.length - unpaired, 'match', 'matches')}. ` +
    `Left out, as not translations of each other: ${plural(discrepancies, 'discrepancy', 'discrepancies')}, ` +
    `${plural(onlyFr, 'claim')} only in the French source, ${onlyEn} only in the English source.` +
    (unpaired === 0 ? '' : ` Left out too: ${plural(unpaired, 'match', 'matches')} whose quotes stand in places that cannot be paired one to one.`) +
    (rejected === 0 ? '' : ` Left out too: ${plural(rejected, 'match', 'matches')} a reader rejected.`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="${CREATION_TOOL.name}" creationtoolversion="${CREATION_TOOL.version}" segtype="sentence" o-tmf="source-comparison/1" adminlang="en" srclang="fr" datatype="plaintext">
    <note>${escapeXml(note)}</note>
  </header>
  <body>
${units.join('\n')}
  </body>
</tmx>
`;
}

function drawUnit(id: string, pair: SentencePair): string {
  return `    <tu tuid="${escapeXmlAttribute(id)}">
      <prop type="x-relation-kind">match</prop>
      <tuv xml:lang="fr"><seg>${escapeXml(pair.fr)}</seg></tuv>
      <tuv xml:lang="en"><seg>${escapeXml(pair.en)}</seg></tuv>
    </tu>`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
