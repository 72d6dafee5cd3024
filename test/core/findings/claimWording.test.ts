import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { compareClaimWording, findFinding } from '../../../src/core/findings/index';
import type { Finding } from '../../../src/core/model/index';
import { readTranslationFile } from '../../../src/core/translation/index';
import { readPairFile } from '../shipped';

const comparison = parseComparison(readPairFile('comparison.json'));
const frInEnglish = readTranslationFile(readPairFile('fr.en.md'), 'fr.en.md', comparison.sources.fr);
const enInFrench = readTranslationFile(readPairFile('en.fr.md'), 'en.fr.md', comparison.sources.en);

function finding(id: string): Finding {
  const found = findFinding(comparison, id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
}

const changed = (wording: ReturnType<typeof compareClaimWording>, change: 'deleted' | 'inserted') =>
  (wording?.parts ?? []).filter((part) => part.change === change).map((part) => part.text).join(' ');

describe('compareClaimWording', () => {
  it("sets the English quotes against the English translation of the French quotes' sentences", () => {
    const wording = compareClaimWording(comparison, finding('foreign-trade-lines'), frInEnglish);
    expect(wording?.lang).toBe('en');
    expect(wording?.original).toBe(finding('foreign-trade-lines').en.map((span) => span.quote).join(' '));
    expect(wording?.translated).toBe(
      'As for foreign trade and multinational companies, they can rent special lines from telecommunications operators that provide this kind of service legally, the ministry added.',
    );
    // The English says "dedicated lines"; the French, in translation, "special lines", "legally".
    expect(changed(wording, 'deleted')).toMatch(/\bdedicated\b/);
    expect(changed(wording, 'inserted')).toMatch(/\bspecial\b/);
    expect(changed(wording, 'inserted')).toMatch(/\blegally\b/);
    expect(wording?.parts.some((part) => part.change === 'same' && /\brent\b/.test(part.text))).toBe(true);
  });

  it('sets the French quotes against the French translation of the English quotes, for a French reader', () => {
    const wording = compareClaimWording(comparison, finding('january-which-year'), enInFrench);
    expect(wording?.lang).toBe('fr');
    expect(wording?.original).toBe('la réglementation sur les VPN publiée en janvier');
    expect(wording?.translated).toMatch(/^Le porte-parole et ingénieur en chef du ministère/);
    expect(changed(wording, 'inserted')).toMatch(/\bcette année\b|\bannée\b/);
  });

  it('has nothing to compare for a claim found in one source only', () => {
    expect(compareClaimWording(comparison, finding('cyber-regulator'), frInEnglish)).toBeNull();
    expect(compareClaimWording(comparison, finding('chongqing'), enInFrench)).toBeNull();
  });
});
