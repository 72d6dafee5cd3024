import { describe, expect, it } from 'vitest';
import { judgeGroup } from '../../../src/core/engine/judge';
import { noteForJudgement } from '../../../src/core/engine/notes';
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
    const note = noteFor('La loi a été votée le 1er septembre 2015.', { published: null, kind: null }, 'The law was passed on September 1.', { published: '2017-08-01', kind: null });
    expect(note.en).toBe(
      'The dates differ. French: "le 1er septembre 2015", that is Tuesday 1 September 2015; English: "on September 1", in a source published on 1 August 2017, so Thursday 1 September 2016 (September 2017 was yet to come).',
    );
    expect(note.fr).toBe(
      'Les dates diffèrent. Source française\u00a0: «\u00a0le 1er septembre 2015\u00a0», soit le mardi 1er septembre 2015\u00a0; source anglaise\u00a0: «\u00a0on September 1\u00a0», dans une source publiée le 1er août 2017, donc le jeudi 1er septembre 2016 (septembre 2017 était encore à venir).',
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
