import { describe, expect, it } from 'vitest';
import { SIDE_LIMIT } from '../../../src/core/intake/index';
import { planPaste } from '../../../src/ui/intake/pastePlan';

const PAGE = '<html><head><meta property="og:site_name" content="Le Journal"></head><body><h1>Le budget</h1><p>Le conseil a voté.</p></body></html>';

describe('planPaste', () => {
  it('leaves plain text to the box, whose own paste keeps its undo', () => {
    expect(planPaste({ before: '', after: '' }, { html: '', plain: 'Le conseil a voté.' })).toEqual({ action: 'native' });
  });

  it('reduces a web page pasted in an empty box to its words, with its details and the caret after them', () => {
    const plan = planPaste({ before: ' ', after: '\n' }, { html: PAGE, plain: 'Le budget Le conseil a voté.' });
    const text = '# Le budget\n\nLe conseil a voté.';
    expect(plan).toMatchObject({ action: 'insert', text: ` ${text}\n`, caret: 1 + text.length, given: { title: 'Le budget', outlet: 'Le Journal' } });
  });

  it('takes no details from a passage pasted into a text', () => {
    expect(planPaste({ before: 'Avant. ', after: '' }, { html: PAGE, plain: '' })).toMatchObject({ action: 'insert', given: null });
  });

  it('pastes the plain version of rich text that holds no words', () => {
    expect(planPaste({ before: 'a', after: 'b' }, { html: '<img src="x.png">', plain: 'image' })).toEqual({ action: 'insert', text: 'aimageb', caret: 6, given: null });
    expect(planPaste({ before: '', after: '' }, { html: '<img src="x.png">', plain: '' })).toEqual({ action: 'native' });
  });

  it.each([
    ['plain text', { html: '', plain: 'a'.repeat(SIDE_LIMIT) }, SIDE_LIMIT + 3],
    ['a page, measured on its plain version before it is read', { html: PAGE, plain: 'a'.repeat(SIDE_LIMIT) }, SIDE_LIMIT + 3],
  ])('refuses %s that would take the side over the limit, saying the size it would reach', (_, clipboard, size) => {
    expect(planPaste({ before: 'ab', after: 'c' }, clipboard)).toEqual({ action: 'refuse', size });
  });
});
