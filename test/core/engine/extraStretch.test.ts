import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseStretch, withBareEdges } from '../../../src/core/engine/extraStretch';
import type { Lang } from '../../../src/core/model/types';

/** The phrase around the first occurrence of `run` in a claim that is the whole `text`. */
const phraseAround = (text: string, lang: Lang, run: string): string | null => {
  const start = text.indexOf(run);
  expect(start).toBeGreaterThanOrEqual(0);
  const stretch = phraseStretch(text, lang, [0, text.length], [start, start + run.length]);
  return stretch ? text.slice(stretch[0], stretch[1]) : null;
};

describe('withBareEdges', () => {
  it('takes in what is left of the claim when that is function words alone, and nothing else', () => {
    const text = "the WHO's regional office said in a report released in Geneva";
    const start = text.indexOf('WHO');
    expect(withBareEdges(text, 'en', [0, text.length], [start, text.length])).toEqual([0, text.length]);
    const named = "Romania's WHO office said in a report released in Geneva";
    const from = named.indexOf('WHO');
    expect(withBareEdges(named, 'en', [0, named.length], [from, named.length])).toEqual([from, named.length]);
    // Punctuation alone, or a figure, stays out.
    const dated = 'schools founded after the abandonment of Old Ksar in 1957.';
    const end = dated.indexOf(' in 1957');
    expect(withBareEdges(dated, 'en', [0, dated.length], [0, end])).toEqual([0, end]);
  });
});

describe('phraseStretch', () => {
  it.each([
    ['fr', "a déclaré le ministère mercredi au média d'information national thepaper.cn.", 'national thepaper.cn', "au média d'information national thepaper.cn"],
    ['en', 'Macron did not commit to a timetable for reforming the Common Agricultural Policy (CAP).', 'Common Agricultural Policy (CAP', 'for reforming the Common Agricultural Policy (CAP)'],
    ['en', 'Some firms need a dedicated line and other means for cross-border networking because of office use.', 'means for cross-border networking because of office', 'and other means for cross-border networking because of office use'],
    ['fr', 'Le port rouvrira lundi, et les ferries reprendront leurs rotations vers la Corse dès mardi.', 'ferries reprendront leurs rotations', 'et les ferries reprendront leurs rotations'],
    // No clause or preposition opens near: the article that opens the noun phrase does.
    ['en', "Environmentalist Camille Durand won the runoff for mayor of France's third-largest city on Sunday.", "runoff for mayor of France's third-largest city", "the runoff for mayor of France's third-largest city"],
    ['fr', 'Tandis que le centre spatial de la NASA définit les caractéristiques techniques des sondes spatiales.', 'NASA définit les caractéristiques techniques des sondes', 'la NASA définit les caractéristiques techniques des sondes spatiales'],
    // A preposition within reach opens the phrase before its article does.
    ['en', 'The play was presented before the Queen Marie de Medici.', 'Queen Marie de Medici', 'before the Queen Marie de Medici'],
    // "près de" and "near" open a phrase: the words before them are the other side's, not the stretch's.
    ['fr', "Népal : un avion s'écrase près de Pokhara, au moins 68 morts", 'près de Pokhara', 'près de Pokhara'],
    ['en', 'A small plane crashed near Pokhara, killing two.', 'Pokhara', 'near Pokhara'],
  ] as const)('widens a %s run to the phrase it lies in: %j', (lang, text, run, phrase) => {
    expect(phraseAround(text, lang, run)).toBe(phrase);
  });

  it.each([
    ['en', 'The government still expects growth of 1.3% for the full year.', 'still expects growth'],
    ['fr', 'Le gouvernement maintient sa prévision de 1,3 % pour l’année.', 'maintient sa prévision'],
  ] as const)('never takes in a figure outside the run, nor cuts one at its decimal point: %j', (lang, text, run) => {
    const phrase = phraseAround(text, lang, run);
    expect(phrase === null || !/\d/.test(phrase)).toBe(true);
  });

  it('keeps a run that already starts and ends a phrase as it is', () => {
    expect(phraseAround('The quake was felt in Nice, where schools were closed for the day.', 'en', 'where schools were closed for the day')).toBe('where schools were closed for the day');
  });

  it('gives no stretch when the run lies deep inside a phrase: its words are wording, not a claim', () => {
    expect(phraseAround('The extraordinarily long-delayed municipal infrastructure modernisation programme finally began.', 'en', 'municipal infrastructure')).toBeNull();
  });

  it('gives no stretch when a bracket it opens closes outside the claim', () => {
    const text = 'The agency (its name withheld at the request of the ministry) said so.';
    const claimEnd = text.indexOf(' at the request');
    const start = text.indexOf('agency');
    expect(phraseStretch(text, 'en', [0, claimEnd], [start, start + 'agency (its name'.length])).toBeNull();
    expect(phraseStretch(text, 'en', [0, text.length], [start, start + 'agency (its name'.length])).not.toBeNull();
  });

  it('always returns a stretch within the claim that holds the run, with its brackets balanced', () => {
    const words = fc.constantFrom('the', 'council', 'voted', 'and', 'a', 'budget', '(CAP)', 'for', 'in', 'Paris', ',', 'which', '(its', 'words)', 'de', 'la', 'et');
    fc.assert(
      fc.property(fc.array(words, { minLength: 3, maxLength: 30 }), fc.nat(), fc.nat(), (list, a, b) => {
        const text = `${list.join(' ')}.`;
        const from = a % text.length;
        const to = from + 1 + (b % (text.length - from));
        const stretch = phraseStretch(text, 'en', [0, text.length], [from, to]);
        if (stretch === null) return true;
        const piece = text.slice(stretch[0], stretch[1]);
        const opened = (piece.match(/\(/g)?.length ?? 0) - (piece.match(/\)/g)?.length ?? 0);
        return stretch[0] >= 0 && stretch[1] <= text.length && stretch[0] < stretch[1] && opened === 0;
      }),
    );
  });
});
