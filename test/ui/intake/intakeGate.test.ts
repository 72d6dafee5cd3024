import { describe, expect, it } from 'vitest';
import { EMPTY_SOURCE_META as EMPTY_META } from '../../../src/core/intake/sourceMeta';
import { EMPTY_INTAKE_DRAFT, EMPTY_SIDE, type IntakeDraft } from '../../../src/ui/intake/intakeDraft';
import { decideCompare, passGate, UNCHECKED_GATE, type IntakeGate, type IntakeGateEvent } from '../../../src/ui/intake/intakeGate';
import { ENGLISH, FRENCH } from './renderIntake';

function draftOf(fr: string, en: string, change: Partial<IntakeDraft> = {}): IntakeDraft {
  return { ...EMPTY_INTAKE_DRAFT, fr: { ...EMPTY_SIDE, text: fr }, en: { ...EMPTY_SIDE, text: en }, ...change };
}

describe('decideCompare', () => {
  it('starts with both texts, their details and the French title as the name', () => {
    const next = decideCompare(draftOf(`# Le conseil vote le budget\n\n${FRENCH}`, ENGLISH), false);
    expect(next).toMatchObject({ step: 'start', request: { fr: { meta: { title: 'Le conseil vote le budget' } }, en: { text: ENGLISH }, name: 'Le conseil vote le budget' } });
  });

  it('names the comparison as the reader typed it, without the spaces around it', () => {
    expect(decideCompare(draftOf(FRENCH, ENGLISH, { name: '  budget  ' }), false)).toMatchObject({ step: 'start', request: { name: 'budget' } });
  });

  it('gives the details the reader edited, over those detected', () => {
    const draft = draftOf(FRENCH, ENGLISH);
    const edited = { ...draft, en: { ...draft.en, edited: { outlet: 'The Herald' } } };
    expect(decideCompare(edited, false)).toMatchObject({ step: 'start', request: { en: { meta: { outlet: 'The Herald' } } } });
  });

  it.each([
    ['an empty French side', draftOf('  ', ENGLISH), 'fr'],
    ['an empty English side', draftOf(FRENCH, ''), 'en'],
    ['both sides empty, French first', draftOf('', ''), 'fr'],
  ] as const)('stops at %s, even when asked to compare anyway', (_, draft, side) => {
    expect(decideCompare(draft, false)).toEqual({ step: 'blocked', side });
    expect(decideCompare(draft, true)).toEqual({ step: 'blocked', side });
  });

  it('stops at a side whose details cannot be applied', () => {
    const draft = draftOf(FRENCH, ENGLISH);
    const badUrl = { ...draft, en: { ...draft.en, edited: { url: 'javascript:alert(1)' } } };
    expect(decideCompare(badUrl, true)).toEqual({ step: 'blocked', side: 'en' });
  });

  it('holds texts in each other’s places, and starts them when the reader compares anyway', () => {
    expect(decideCompare(draftOf(ENGLISH, FRENCH), false)).toEqual({ step: 'hold' });
    expect(decideCompare(draftOf(ENGLISH, FRENCH), true)).toMatchObject({ step: 'start', request: { fr: { text: ENGLISH }, en: { text: FRENCH } } });
  });
});

describe('passGate', () => {
  const held: IntakeGate = { checked: true, holding: true };

  it.each<[string, IntakeGate, IntakeGateEvent, IntakeGate]>([
    ['a blocked Compare shows the problems', UNCHECKED_GATE, { step: 'blocked', side: 'fr' }, { checked: true, holding: false }],
    ['a blocked Compare leaves a hold as it was', held, { step: 'blocked', side: 'en' }, held],
    ['a warning holds the comparison', UNCHECKED_GATE, { step: 'hold' }, held],
    ['a start lets a hold go', held, { step: 'start', request: { fr: { text: '', meta: EMPTY_META }, en: { text: '', meta: EMPTY_META }, name: '' } }, { checked: true, holding: false }],
    ['a swap lets a hold go and keeps the problems shown', held, { step: 'swapped' }, { checked: true, holding: false }],
    ['a swap before any Compare shows nothing yet', UNCHECKED_GATE, { step: 'swapped' }, UNCHECKED_GATE],
  ])('%s', (_, gate, event, after) => {
    expect(passGate(gate, event)).toEqual(after);
  });
});
