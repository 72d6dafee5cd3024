import { describe, expect, it } from 'vitest';
import { judgeGroup } from '../../../src/core/engine/judge';
import { isNoteForKind, noteForJudgement, noteForOneSided } from '../../../src/core/engine/notes';
import { readPublication } from '../../../src/core/engine/timeline';
import type { Source } from '../../../src/core/model/types';
import { featuresOf } from './fixtures';

type Dated = Pick<Source, 'published' | 'kind'>;

const ARTICLE: Dated = { published: '2017-07-14', kind: 'news-article' };
const POST: Dated = { published: '2020-05-05', kind: 'blog-press-conference' };

const noteFor = (fr: string, frSource: Dated, en: string, enSource: Dated) => {
  const features = featuresOf([fr], [en]);
  return noteForJudgement(judgeGroup(features.fr, features.en, false, { fr: readPublication(frSource), en: readPublication(enSource) }), false);
};

describe('noteForJudgement on a date difference the timeline found', () => {
  it('gives each side as written and as understood, with the publication it was read against', () => {
    expect(noteFor('La réglementation a été publiée en janvier.', ARTICLE, 'The regulation was published in January this year.', POST)).toEqual({
      fr: 'Les dates diffèrent. Source française\u00a0: «\u00a0en janvier\u00a0», dans un article du 14 juillet 2017, donc janvier 2017\u00a0; source anglaise\u00a0: «\u00a0in January this year\u00a0», dans un billet du 5 mai 2020, donc janvier 2020.',
      en: 'The dates differ. French: "en janvier", in an article of 14 July 2017, so January 2017; English: "in January this year", in a post of 5 May 2020, so January 2020.',
    });
  });

  it('names the weekdays where a reader counts back from one', () => {
    expect(noteFor('Le ministère a répondu mercredi aux journalistes.', ARTICLE, 'The ministry replied to reporters today.', POST)).toEqual({
      fr: 'Les dates diffèrent. Source française\u00a0: «\u00a0mercredi\u00a0», dans un article du vendredi 14 juillet 2017, donc le mercredi 12 juillet 2017\u00a0; source anglaise\u00a0: «\u00a0today\u00a0», dans un billet du 5 mai 2020, donc le mardi 5 mai 2020.',
      en: 'The dates differ. French: "mercredi", in an article of Friday 14 July 2017, so Wednesday 12 July 2017; English: "today", in a post of 5 May 2020, so Tuesday 5 May 2020.',
    });
  });

  it('says a written date as it is, and why a month after the publication went back a year', () => {
    const note = noteFor('La loi a été votée le 1er septembre 2015.', { published: null, kind: null }, 'The law was passed on September 1.', { published: '2017-07-01', kind: null });
    expect(note.en).toBe(
      'The dates differ. French: "le 1er septembre 2015", that is Tuesday 1 September 2015; English: "on September 1", in a source published on 1 July 2017, so Thursday 1 September 2016 (September 2017 was yet to come).',
    );
    expect(note.fr).toBe(
      'Les dates diffèrent. Source française\u00a0: «\u00a0le 1er septembre 2015\u00a0», soit le mardi 1er septembre 2015\u00a0; source anglaise\u00a0: «\u00a0on September 1\u00a0», dans une source publiée le 1er juillet 2017, donc le jeudi 1er septembre 2016 (septembre 2017 était encore à venir).',
    );
  });

  it('adds the forms that differ outside the resolved dates, such as a time of day', () => {
    const note = noteFor('La réglementation a été publiée en janvier à 11h03.', ARTICLE, 'The regulation was published in January this year at 3 p.m.', POST);
    expect(note.en).toMatch(/so January 2020\. Also: 11h03 \/ 3 p\.m\.$/);
    expect(note.fr).toMatch(/donc janvier 2020\. Aussi\u00a0: 11h03 \/ 3 p\.m\.$/);
  });

  it('keeps the short note of a date difference that needs no publication', () => {
    expect(noteFor('La loi a été votée en 2016.', ARTICLE, 'The law was passed in 2017.', POST)).toEqual({ fr: 'Les dates diffèrent\u00a0: 2016 / 2017.', en: 'The dates differ: 2016 / 2017.' });
  });
});

const matchNote = (fr: string, en: string, moved = false) => {
  const features = featuresOf([fr], [en]);
  const judgement = judgeGroup(features.fr, features.en);
  expect(judgement.kind).toBe('match');
  return noteForJudgement(judgement, moved);
};

const BUDGET = { fr: 'Le conseil de Lyon a voté mardi un budget de 12 millions d’euros.', en: 'On Tuesday the Lyon council voted a budget of 12 million euros.' };
const PLAIN = { fr: 'Le conseil a adopté le budget sans débat.', en: 'The council adopted the budget without debate.' };

describe('noteForJudgement on a match', () => {
  it('names the facts both sources give, each side as written, the note’s language first, in the French text’s order', () => {
    expect(matchNote(BUDGET.fr, BUDGET.en)).toEqual({
      fr: 'Les deux sources disent la même chose\u00a0: Lyon\u00a0; mardi / Tuesday\u00a0; 12 millions d’euros / 12 million euros.',
      en: 'Both sources say the same: Lyon; Tuesday / mardi; 12 million euros / 12 millions d’euros.',
    });
  });

  it('names a place in each language’s name and a date the sources write differently', () => {
    expect(matchNote('Le sommet de Londres s’est ouvert le mardi 3 octobre 2017.', 'The London summit opened on Tuesday, October 3, 2017.')).toEqual({
      fr: 'Les deux sources disent la même chose\u00a0: Londres / London\u00a0; mardi 3 octobre 2017 / Tuesday, October 3, 2017.',
      en: 'Both sources say the same: London / Londres; Tuesday, October 3, 2017 / mardi 3 octobre 2017.',
    });
  });

  it('ends once when the last fact ends with a full stop', () => {
    expect(matchNote('Le séisme a frappé à 18h38.', 'The earthquake struck at 6:38 p.m.').en).toBe('Both sources say the same: 6:38 p.m. / 18h38.');
  });

  it('keeps a plain sentence when no fact is shared', () => {
    expect(matchNote(PLAIN.fr, PLAIN.en)).toEqual({ fr: 'Les deux sources disent la même chose.', en: 'Both sources say the same.' });
  });

  it('says when the two sides stand at different places in their texts, with or without facts', () => {
    expect(matchNote(PLAIN.fr, PLAIN.en, true)).toEqual({
      fr: 'Les deux sources disent la même chose, à des endroits différents du texte.',
      en: 'Both sources say the same, at different places in their texts.',
    });
    expect(matchNote('Le budget atteint 12 millions d’euros.', 'The budget reaches 12 million euros.', true)).toEqual({
      fr: 'Les deux sources disent la même chose, à des endroits différents du texte\u00a0: 12 millions d’euros / 12 million euros.',
      en: 'Both sources say the same, at different places in their texts: 12 million euros / 12 millions d’euros.',
    });
  });
});

describe('noteForOneSided', () => {
  it('quotes what the other source says closest to the claim, in each language’s quotes', () => {
    expect(noteForOneSided('en', 'Le conseil a voté le budget mardi.')).toEqual({
      fr: 'Seule la source anglaise rapporte ceci\u00a0; le passage le plus proche de la source française est «\u00a0Le conseil a voté le budget mardi\u00a0».',
      en: 'Only the English source reports this; the closest the French source comes is "Le conseil a voté le budget mardi".',
    });
    expect(noteForOneSided('fr', 'The council passed the budget on Tuesday.')).toEqual({
      fr: 'Seule la source française rapporte ceci\u00a0; le passage le plus proche de la source anglaise est «\u00a0The council passed the budget on Tuesday\u00a0».',
      en: 'Only the French source reports this; the closest the English source comes is "The council passed the budget on Tuesday".',
    });
  });

  it('quotes the start of a long claim, cut at a word, on one line', () => {
    const long = 'The council passed\nthe budget for the schools of the city on Tuesday, after a debate of four hours.';
    expect(noteForOneSided('fr', long).en).toBe('Only the French source reports this; the closest the English source comes is "The council passed the budget for the schools of the city…".');
  });

  it('keeps an abbreviation’s full stop at the end of a short claim', () => {
    expect(noteForOneSided('fr', 'The vote ended at 6:38 p.m.').en).toBe('Only the French source reports this; the closest the English source comes is "The vote ended at 6:38 p.m.".');
  });

  it('says only that one source reports it when the other says nothing close', () => {
    expect(noteForOneSided('fr')).toEqual({ fr: 'Seule la source française rapporte ceci.', en: 'Only the French source reports this.' });
    expect(noteForOneSided('en')).toEqual({ fr: 'Seule la source anglaise rapporte ceci.', en: 'Only the English source reports this.' });
  });
});

describe('isNoteForKind', () => {
  it('knows every one-sided note the engine writes, for its side only', () => {
    for (const closest of [null, 'Le conseil a voté le budget mardi.']) {
      const note = noteForOneSided('en', closest);
      expect(isNoteForKind('only-en', 'fr', note.fr)).toBe(true);
      expect(isNoteForKind('only-en', 'en', note.en)).toBe(true);
      expect(isNoteForKind('only-fr', 'en', note.en)).toBe(false);
      expect(isNoteForKind('match', 'en', note.en)).toBe(false);
    }
    expect(isNoteForKind('only-en', 'en', 'Only the English source reports this; the French one was asked.')).toBe(false);
  });

  it('knows every match note the engine writes, with or without facts, and only for a match', () => {
    for (const moved of [false, true]) {
      for (const [fr, en] of [
        [BUDGET.fr, BUDGET.en],
        [PLAIN.fr, PLAIN.en],
      ] as const) {
        const note = matchNote(fr, en, moved);
        expect(isNoteForKind('match', 'fr', note.fr)).toBe(true);
        expect(isNoteForKind('match', 'en', note.en)).toBe(true);
        expect(isNoteForKind('only-fr', 'en', note.en)).toBe(false);
        expect(isNoteForKind('match', 'fr', note.en)).toBe(false);
      }
    }
  });

  it('does not take other words for the engine’s', () => {
    expect(isNoteForKind('match', 'en', 'Both sources say the same, checked by phone')).toBe(false);
    expect(isNoteForKind('match', 'en', 'Both sources say the same thing.')).toBe(false);
    expect(isNoteForKind('discrepancy', 'en', 'The numbers differ: 12 / 15.')).toBe(false);
  });
});
