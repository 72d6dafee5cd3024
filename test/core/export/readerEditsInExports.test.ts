// @vitest-environment jsdom
/**
 * The exports read the same data as the app and say the same of it: a rejected finding counted
 * apart from its kind, "edited by the reader" instead of an engine's confidence, and how each note
 * stands (the reader's, or written before the reader's edit).
 */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/core/export/html';
import { toMarkdown } from '../../../src/core/export/markdown';
import type { Comparison, Finding } from '../../../src/core/model/index';
import { EXPORT_OPTIONS, shippedComparison } from './fixtures';

/** The shipped comparison with a rejected French-only finding, and a finding of the engine that a reader edited. */
function editedComparison(): Comparison {
  const shipped = shippedComparison();
  const findings = shipped.relations.map((finding): Finding => {
    if (finding.id === 'cyber-regulator') return { ...finding, status: 'rejected' };
    if (finding.id === 'core-denial') {
      return { ...finding, origin: 'automatic', confidence: 0.91, status: 'confirmed', edited: true, noteStanding: { en: 'outdated', fr: 'reader' } };
    }
    return finding;
  });
  return { ...shipped, relations: findings };
}

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('toHtml with a reader’s edits', () => {
  const comparison = editedComparison();
  const page = new DOMParser().parseFromString(toHtml(comparison, EXPORT_OPTIONS), 'text/html');
  const findingArticle = (id: string) => page.getElementById(`finding-${id}`);

  it('counts the rejected finding apart, in the summary and in its kind’s heading', () => {
    const summary = page.querySelector('section[aria-labelledby="summary"]');
    expect(squeeze(summary?.querySelector('.total')?.textContent)).toBe('22 findings');
    expect(squeeze(summary?.querySelector('.rejected-apart')?.textContent)).toBe('1 finding rejected by a reader, counted apart');
    const onlyFr = [...(summary?.querySelectorAll('tbody tr') ?? [])].find((row) => row.classList.contains('kind-only-fr'));
    expect(squeeze(onlyFr?.querySelector('.count')?.textContent)).toBe('2');
    expect(squeeze(page.getElementById('kind-only-fr')?.textContent)).toMatch(/\(2\)$/);
  });

  it('says the reader edited a finding, gives no engine confidence for it, and marks each note', () => {
    const facts = squeeze(findingArticle('core-denial')?.querySelector('.facts')?.textContent);
    expect(facts).toContain('Edited by the reader');
    expect(facts).not.toContain('Confidence');
    expect(squeeze(findingArticle('core-denial')?.querySelector('.note')?.textContent)).toMatch(/\(written before the reader's edit; it may no longer hold\)$/);
    expect(squeeze(findingArticle('core-denial')?.querySelector('.other-note')?.textContent)).toMatch(/\(edited by the reader\)$/);
  });

  it('says it in French', () => {
    const french = new DOMParser().parseFromString(toHtml(comparison, { ...EXPORT_OPTIONS, lang: 'fr' }), 'text/html');
    expect(squeeze(french.querySelector('.rejected-apart')?.textContent)).toBe('1 constat rejeté par un lecteur, compté à part');
    expect(squeeze(french.getElementById('finding-core-denial')?.querySelector('.facts')?.textContent)).toContain('Modifié par le lecteur');
  });
});

describe('toMarkdown with a reader’s edits', () => {
  const text = toMarkdown(editedComparison(), EXPORT_OPTIONS);

  it('counts the rejected finding apart, in the summary and in its kind’s heading', () => {
    expect(text).toContain('**22 findings**');
    expect(text).toContain('1 finding rejected by a reader, counted apart');
    expect(text).toMatch(/\| ◧ Only in the French source \| 2 \|/);
    expect(text).toMatch(/^## ◧ Only in the French source \(2\)$/m);
  });

  it('says the reader edited a finding and how its note stands', () => {
    expect(text).toContain('*Edited by the reader*');
    expect(text).toMatch(/\*\(written before the reader's edit; it may no longer hold\)\*$/m);
  });
});
