import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../../../src/core/intake/index';
import { EMPTY_SOURCE_META } from '../../../src/core/intake/sourceMeta';
import { runCompareRequest, type CompareReply, type CompareRequest } from '../../../src/ui/worker/compareRequest';
import { ComparisonCancelled, ComparisonFailed } from '../../../src/ui/worker/comparisonRun';
import { startInlineComparison } from '../../../src/ui/worker/inlineComparison';
import { startComparison } from '../../../src/ui/worker/startComparison';
import { ENGLISH, FRENCH } from './renderIntake';

function request(fr: string, en: string, meta: { fr?: Partial<SourceMeta>; en?: Partial<SourceMeta> } = {}, name = ''): CompareRequest {
  return {
    fr: { text: fr, meta: { ...EMPTY_SOURCE_META, ...meta.fr } },
    en: { text: en, meta: { ...EMPTY_SOURCE_META, ...meta.en } },
    name,
  };
}

function repliesTo(input: CompareRequest): CompareReply[] {
  const replies: CompareReply[] = [];
  runCompareRequest(input, (reply) => replies.push(reply));
  return replies;
}

describe('runCompareRequest', () => {
  it('reports rising progress up to 1, then the comparison with the reader’s details', () => {
    const replies = repliesTo(request(FRENCH, ENGLISH, { fr: { title: 'Le budget', published: '2021-03-02' }, en: { byline: 'Ann Roy, Li Wei' } }, ' budget '));
    const progress = replies.flatMap((reply) => (reply.type === 'progress' ? [reply.fraction] : []));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const last = replies.at(-1);
    if (last?.type !== 'done') throw new Error(`expected the comparison, got ${JSON.stringify(last)}`);
    expect(last.comparison.name).toBe('budget');
    expect(last.comparison.sources.fr).toMatchObject({ lang: 'fr', title: 'Le budget', published: '2021-03-02' });
    expect(last.comparison.sources.en).toMatchObject({ lang: 'en', byline: ['Ann Roy', 'Li Wei'] });
    expect(last.comparison.alignment.length).toBeGreaterThan(0);
  });

  it('keeps each text in its column whatever its front matter says', () => {
    const last = repliesTo(request(`---\nlang: en\n---\n${FRENCH}`, ENGLISH)).at(-1);
    expect(last?.type === 'done' && last.comparison.sources.fr.lang).toBe('fr');
  });

  it.each([
    ['an empty side', request(' \n ', ENGLISH), { code: 'empty', side: 'fr' }],
    ['an address that is not http(s)', request(FRENCH, ENGLISH, { en: { url: 'javascript:alert(1)' } }), { code: 'invalid-url', side: 'en' }],
    ['a date that is not a day', request(FRENCH, ENGLISH, { fr: { published: '14/07/2017' } }), { code: 'invalid-date', side: 'fr' }],
    ['front matter that is not YAML', request(`---\ntitle: [oops\n---\n${FRENCH}`, ENGLISH), { code: 'front-matter', side: 'fr' }],
    ['front matter naming another language', request(FRENCH, `---\nlang: de\n---\n${ENGLISH}`), { code: 'front-matter', side: 'en' }],
  ])('answers %s with the reason and the side, never a throw', (_, input, expected) => {
    const replies = repliesTo(input);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'failed', ...expected });
  });

  it.each([
    ['fr', request(`---\ntitle: [oops\n---\n${FRENCH}`, ENGLISH)],
    ['en', request(FRENCH, `---\ntitle: [oops\n---\n${ENGLISH}`)],
  ] as const)('names the side (%s) of front matter it cannot read from the core’s refusal, whose words name no file', (side, input) => {
    const [reply] = repliesTo(input);
    if (reply?.type !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(reply)}`);
    expect(reply).toMatchObject({ code: 'front-matter', side });
    // A pasted text has no file name: nothing in the words says which column, only the refusal's side does.
    expect(reply.detail).toMatch(/^front matter is not valid YAML/);
  });
});

describe('startInlineComparison', () => {
  it('resolves with the comparison the worker would give', async () => {
    const heard: number[] = [];
    const comparison = await startInlineComparison(request(FRENCH, ENGLISH), (fraction) => heard.push(fraction)).result;
    const replies = repliesTo(request(FRENCH, ENGLISH));
    expect(comparison).toEqual(replies.at(-1)?.type === 'done' ? (replies.at(-1) as { comparison: unknown }).comparison : null);
    expect(heard.at(-1)).toBe(1);
  });

  it('rejects with a cancellation, and never compares, when cancelled before it starts', async () => {
    const heard: number[] = [];
    const run = startInlineComparison(request(FRENCH, ENGLISH), (fraction) => heard.push(fraction));
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(ComparisonCancelled);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
  });

  it('rejects with the failure’s code and side', async () => {
    const failure = await startInlineComparison(request(FRENCH, ''), () => {}).result.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ComparisonFailed);
    expect(failure).toMatchObject({ code: 'empty', side: 'en' });
  });
});

describe('startComparison', () => {
  it('compares on the page where no worker can start, as in this test environment', async () => {
    expect(typeof Worker).toBe('undefined');
    const comparison = await startComparison(request(FRENCH, ENGLISH), () => {}).result;
    expect(comparison.sources.en.text).toBe(ENGLISH);
  });
});
