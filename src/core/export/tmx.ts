/**
 * The aligned claims as a TMX 1.4b translation memory (https://www.gala-global.org/tmx-14b), for
 * translation tools: one translation unit per match or discrepancy, the French quotes joined as the
 * source segment and the English quotes joined as the target, the relation's kind in a
 * `<prop type="x-relation-kind">` (a discrepancy is a pair that does not say the same thing, which
 * a translator must know before reusing it). Claims that one source alone makes have no
 * counterpart to pair with; they are left out, and the header's note says how many. So are pairs a
 * reader rejected (status 'rejected'): a translation memory must not offer them for reuse; the
 * note counts them when there are any.
 *
 * Every piece of the comparison goes through `escapeXml`, which also drops the characters XML 1.0
 * cannot hold, so the file always parses.
 */
import { orderFindings } from '../findings';
import type { Comparison, Relation } from '../types';
import { escapeXml, escapeXmlAttribute } from './escape';

/** Who made the file, as the header's creationtool says. */
export const CREATION_TOOL = { name: 'source-comparison-workbench', version: '0.1.0' } as const;

const PAIRED_KINDS: ReadonlySet<Relation['kind']> = new Set(['match', 'discrepancy']);

/** Writes the translation memory; its header and notes are in English, the TMX administrative language. */
export function toTmx(comparison: Comparison): string {
  const ordered = orderFindings(comparison);
  const rejected = ordered.filter((relation) => PAIRED_KINDS.has(relation.kind) && relation.status === 'rejected').length;
  const paired = ordered.filter((relation) => PAIRED_KINDS.has(relation.kind) && relation.status !== 'rejected');
  const onlyFr = ordered.filter((relation) => relation.kind === 'only-fr').length;
  const onlyEn = ordered.filter((relation) => relation.kind === 'only-en').length;
  const note =
    `Comparison "${comparison.name}": ${paired.length} aligned ${paired.length === 1 ? 'pair' : 'pairs'} of claims (matches and discrepancies). ` +
    `Left out, having no counterpart: ${onlyFr} ${onlyFr === 1 ? 'claim' : 'claims'} only in the French source, ${onlyEn} only in the English source.` +
    (rejected === 0 ? '' : ` Left out too: ${rejected} ${rejected === 1 ? 'pair' : 'pairs'} a reader rejected.`);
  const units = paired.map(
    (relation) => `    <tu tuid="${escapeXmlAttribute(relation.id)}">
      <prop type="x-relation-kind">${relation.kind}</prop>
${relation.aspects.length === 0 ? '' : `      <prop type="x-aspects">${relation.aspects.join(' ')}</prop>\n`}      <tuv xml:lang="fr"><seg>${escapeXml(joinQuotes(relation, 'fr'))}</seg></tuv>
      <tuv xml:lang="en"><seg>${escapeXml(joinQuotes(relation, 'en'))}</seg></tuv>
    </tu>`,
  );
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

/** A relation's quotes of one side, in text order, as one segment; white space inside runs together as a segment wants it. */
function joinQuotes(relation: Relation, lang: 'fr' | 'en'): string {
  return [...relation[lang]]
    .sort((a, b) => a.start - b.start)
    .map((span) => span.quote.trim().replace(/\s+/g, ' '))
    .join(' ');
}
