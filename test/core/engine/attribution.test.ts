import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFrames, findFrames, mayReport, type AttributionFrame, type FrameSpan } from '../../../src/core/engine/attribution';
import type { Lang } from '../../../src/core/model/types';

/** The one frame of a sentence, failing the test when it has none or several. */
const frameOf = (sentence: string, lang: Lang): AttributionFrame => {
  const frames = findFrames(sentence, lang);
  expect(frames).toHaveLength(1);
  return frames[0] as AttributionFrame;
};

const compare = (fr: string, en: string) => compareFrames(findFrames(fr, 'fr'), findFrames(en, 'en'));

describe('findFrames', () => {
  it.each([
    ['fr', "Le maire a annoncé lors d'une conférence de presse que la piscine fermera.", { verb: 'a annoncé', speaker: 'Le maire', venue: "lors d'une conférence de presse" }],
    ['fr', 'Les travaux dureront six mois, a précisé la mairie jeudi dans un communiqué.', { verb: 'a précisé', speaker: 'la mairie', when: 'jeudi', channel: 'dans un communiqué' }],
    ['fr', '« Nous tiendrons », a affirmé Claire Vasseur, porte-parole du syndicat, devant les députés.', { speaker: 'Claire Vasseur, porte-parole du syndicat', venue: 'devant les députés' }],
    ['fr', 'La société a démenti sur Twitter toute fermeture de l’usine.', { speaker: 'La société', channel: 'sur Twitter' }],
    ['fr', 'Il a dit au quotidien Le Matin que l’accord était signé.', { speaker: 'Il', channel: 'au quotidien Le Matin' }],
    ['fr', 'Le prix reste inchangé, a-t-il précisé.', { verb: 'a-t-il précisé', speaker: 'il' }],
    ['fr', 'Selon Reuters, le port restera fermé.', { verb: 'Selon', speaker: 'Reuters' }],
    ['fr', 'Selon un communiqué du ministère de la Culture, le musée rouvrira.', { channel: 'un communiqué du ministère de la Culture', speaker: 'ministère de la Culture' }],
    ['fr', "Le coût est trop élevé, a déclaré l'agence mercredi au média d'information régional lepapier.fr.", { speaker: "l'agence", when: 'mercredi', channel: "au média d'information régional lepapier.fr" }],
    ['en', 'The mayor announced at a press conference that the pool would close.', { verb: 'announced', speaker: 'The mayor', venue: 'at a press conference' }],
    ['en', 'The works will last six months, city hall said on Thursday in a statement.', { speaker: 'city hall', when: 'on Thursday', channel: 'in a statement' }],
    ['en', '"We will hold," Claire Vasseur, a spokeswoman for the union, told lawmakers.', { speaker: 'Claire Vasseur, a spokeswoman for the union', venue: 'lawmakers' }],
    ['en', 'The company denied on Twitter that the plant would close.', { speaker: 'The company', channel: 'on Twitter' }],
    ['en', 'Paul Adler told the newspaper Le Matin that the deal was signed.', { speaker: 'Paul Adler', channel: 'the newspaper Le Matin' }],
    ['en', 'Prices will not change, said Anna Berg.', { verb: 'said', speaker: 'Anna Berg' }],
    ['en', 'According to Reuters, the port will stay closed.', { verb: 'According to', speaker: 'Reuters' }],
    ['en', 'According to a statement from the Culture Ministry, the museum will reopen.', { channel: 'a statement from the Culture Ministry', speaker: 'the Culture Ministry' }],
    [
      'en',
      'At the press conference of the regional council today, Jonas Weber, a spokesperson for the Ministry of Transport, said that fares would rise.',
      { speaker: 'Jonas Weber, a spokesperson for the Ministry of Transport', venue: 'At the press conference of the regional council', when: 'today' },
    ],
  ] as const)('reads the slots of a %s frame: %j', (lang, sentence, slots) => {
    const frame = frameOf(sentence, lang);
    const written = (slot: FrameSpan | null) => slot?.text ?? null;
    expect({
      verb: written(frame.verb),
      speaker: written(frame.speaker),
      venue: written(frame.venue),
      channel: written(frame.channel),
      when: written(frame.when),
    }).toMatchObject(slots);
    for (const slot of ['venue', 'channel', 'when'] as const) if (!(slot in slots)) expect(frame[slot]).toBeNull();
  });

  it.each([
    ['fr', 'Le ministère a déclaré que les tarifs baisseront.', 'organisation'],
    ['en', 'The Ministry of Transport said fares would fall.', 'organisation'],
    ['fr', 'Claire Vasseur a déclaré que les tarifs baisseront.', 'named'],
    ['en', 'Jonas Weber, a spokesperson for the ministry, said fares would fall.', 'named'],
    ['fr', 'Le porte-parole a déclaré que les tarifs baisseront.', 'role'],
    ['en', 'She said fares would fall.', 'pronoun'],
    ['fr', 'Selon le règlement de janvier, les tarifs baisseront.', 'other'],
  ] as const)('tells what a %s speaker is: %j is %s', (lang, sentence, kind) => {
    expect(frameOf(sentence, lang).speaker?.kind).toBe(kind);
  });

  it('ties a named speaker to the organisation it speaks for', () => {
    const { speaker } = frameOf('Jonas Weber, a spokesperson for the Ministry of Transport, said fares would rise.', 'en');
    expect(speaker).toMatchObject({ kind: 'named', names: ['jonas', 'weber'], organisation: { head: 'ministry', words: ['transport'] } });
  });

  it.each([
    ['fr', "lors d'une conférence de presse", 'press-conference', 'venue'],
    ['fr', 'au cours d’un point presse', 'press-conference', 'venue'],
    ['en', 'at a press conference', 'press-conference', 'venue'],
    ['en', 'during a news briefing', 'press-conference', 'venue'],
    ['fr', 'dans un communiqué', 'statement', 'channel'],
    ['en', 'in a statement', 'statement', 'channel'],
    ['en', 'in a press release', 'statement', 'channel'],
    ['fr', 'dans une interview', 'news-outlet', 'channel'],
    ['en', 'in an interview', 'news-outlet', 'channel'],
    ['fr', 'au journal', 'news-outlet', 'channel'],
    ['fr', 'devant le Parlement', 'parliament', 'venue'],
    ['en', 'before Parliament', 'parliament', 'venue'],
    ['fr', 'sur les réseaux sociaux', 'social-media', 'channel'],
    ['en', 'on social media', 'social-media', 'channel'],
  ] as const)('gives the %s words %j the kind %s, a %s', (lang, words, kind, role) => {
    const sentence = lang === 'fr' ? `Le ministre a déclaré ${words} que la loi passera.` : `The minister said ${words} that the law would pass.`;
    expect(frameOf(sentence, lang).venue ?? frameOf(sentence, lang).channel).toMatchObject({ text: words, kind, role });
  });

  it.each([
    ['fr', 'Le pont a été fermé pour travaux.'],
    ['en', 'The bridge was closed for repairs.'],
    ['fr', 'L’annonce a surpris les marchés.'],
    ['fr', 'Cette déclaration a surpris les marchés.'],
    ['en', ''],
  ] as const)('finds no frame in a %s claim that reports no one: %j', (lang, sentence) => {
    expect(findFrames(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'He said the press conference was cancelled.'],
    ['fr', 'Il a dit que la conférence de presse était annulée.'],
  ] as const)('leaves a venue named in what is reported to the content, in %s: %j', (lang, sentence) => {
    const frame = frameOf(sentence, lang);
    expect(frame.speaker?.kind).toBe('pronoun');
    expect(frame.venue).toBeNull();
  });

  it('takes no speaker from the object of a preposition: the office did not state it', () => {
    expect(findFrames('The expert sent by the prosecutor’s office stated that the fire was an accident.', 'en')).toEqual([]);
  });

  it('takes the speaker after the verb, not the quotation before it', () => {
    expect(frameOf('« Le pont tiendra », a déclaré le maire.', 'fr').speaker?.text).toBe('le maire');
  });

  it('never throws and keeps every slot inside the text, whatever the text', () => {
    const word = fc.constantFrom(
      'a déclaré', 'selon', 'said', 'according to', 'told', 'a-t-il précisé', 'lors d’une conférence de presse', 'at the press conference of',
      'dans un communiqué', 'in a statement', 'au média', 'thepaper.cn', 'le ministère', 'the Ministry of', 'Zhang', 'Feng', 'mercredi', 'today',
      ',', '.', '«', '»', '"', '(', ')', ':', 'et', 'and', 'le', 'the', 'M.', 'Mr', 'porte-parole', 'spokesperson', 'de', 'of', 'l’', "d'",
    );
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.oneof(word, fc.string({ maxLength: 4 })), { maxLength: 24 }).map((words) => words.join(' ')));
    fc.assert(
      fc.property(text, fc.constantFrom<Lang>('fr', 'en'), (sentence, lang) => {
        for (const frame of findFrames(sentence, lang)) {
          for (const slot of [frame.verb, frame.speaker, frame.venue, frame.channel, frame.when]) {
            if (slot === null) continue;
            expect(slot.start).toBeGreaterThanOrEqual(0);
            expect(slot.end).toBeLessThanOrEqual(sentence.length);
            expect(slot.start).toBeLessThanOrEqual(slot.end);
            expect(slot.text).toBe(sentence.slice(slot.start, slot.end));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('compareFrames', () => {
  it.each([
    ['Le ministère a déclaré que les tarifs baisseront.', 'The ministry said fares would fall.'],
    ["Lors d'une conférence de presse, le maire a annoncé la fermeture.", 'At a press conference, the mayor announced the closure.'],
    ['Selon Reuters, l’usine fermera.', 'According to Reuters, the plant will close.'],
    ['La police a indiqué dans un communiqué que deux hommes ont été arrêtés.', 'Police said in a statement that two men were arrested.'],
    ['M. Lemoine a déclaré à la radio que le budget sera voté.', 'Mr Lemoine told the radio that the budget would be passed.'],
    ['Le ministère de la Santé a précisé que les vaccins arriveront.', 'The Health Ministry said the vaccines would arrive.'],
    ["L'ONU a déclaré que l'aide arrivera.", 'The UN said aid would arrive.'],
    ['La présidente du syndicat, Claire Vasseur, a déclaré que la grève continuera.', 'Union president Claire Vasseur said the strike would go on.'],
    ['Selon le parquet, le suspect a avoué.', "The suspect confessed, according to the prosecutor's office."],
    ['La mairie a indiqué que la piscine rouvrira lundi.', "The pool will reopen on Monday, the mayor's office said."],
  ])('finds nothing that differs between equivalent frames: %j / %j', (fr, en) => {
    expect(compare(fr, en)).toEqual({ speaker: null, setting: null });
  });

  it.each([
    ['Le ministre a déclaré lors d’une conférence de presse que la loi passera.', 'The minister said in a statement that the law would pass.', 'press-conference', 'statement'],
    ['Le ministre a déclaré dans un entretien que la loi passera.', 'The minister said on social media that the law would pass.', 'news-outlet', 'social-media'],
    ["Le ministère a déclaré au média d'information lepapier.fr que les rumeurs sont fausses.", 'At the press conference of the government today, Jonas Weber said that the rumours were false.', 'news-outlet', 'press-conference'],
  ])('finds venues or channels of different kinds: %j / %j', (fr, en, frKind, enKind) => {
    const { setting } = compare(fr, en);
    expect(setting?.fr.venue?.kind ?? setting?.fr.channel?.kind).toBe(frKind);
    expect(setting?.en.venue?.kind ?? setting?.en.channel?.kind).toBe(enKind);
  });

  it('takes an organisation against its named spokesperson for a difference of precision, not of speaker', () => {
    const comparison = compare('Le ministère a déclaré que les rumeurs sont fausses.', 'Jonas Weber, a spokesperson for the Ministry of Transport, said the rumours were false.');
    expect(comparison.speaker).toBeNull();
  });

  it.each([
    ['Claire Vasseur a déclaré que la grève continuera.', 'Paul Adler said the strike would go on.', false],
    ['La police a déclaré que la route était fermée.', 'The army said the road was closed.', false],
    ['Le ministère de la Santé a déclaré que la route était fermée.', 'The Ministry of Defence said the road was closed.', true],
    ['Le ministère a déclaré que la route était fermée.', 'Paul Adler, a spokesman for the police, said the road was closed.', false],
    ['Selon la police, le suspect a avoué.', "The suspect confessed, according to the prosecutor's office.", false],
  ])('finds two speakers that cannot be the same: %j / %j', (fr, en, weak) => {
    expect(compare(fr, en).speaker).toMatchObject({ weak });
  });

  it.each([
    ['a frame on one side only', 'Le ministre a déclaré lors d’une conférence de presse que la loi passera.', 'The law will pass.'],
    ['a venue on one side only', 'Le ministre a déclaré lors d’une conférence de presse que la loi passera.', 'The minister said the law would pass.'],
    ['a speaker against a pronoun', 'Claire Vasseur a déclaré que la grève continuera.', 'She said the strike would go on.'],
    ['a named speaker against an organisation the text does not tie her to', 'Claire Vasseur a déclaré que la grève continuera.', 'The union said the strike would go on.'],
    ['two acronyms', "L'OIAC a déclaré que la mission continuera.", 'The OPCW said the mission would go on.'],
  ])('finds no difference from %s', (_, fr, en) => {
    expect(compare(fr, en)).toEqual({ speaker: null, setting: null });
  });
});

describe('mayReport', () => {
  it('finds a reporting word in any case, in ASCII or not', () => {
    expect(mayReport('The Ministry SAID on Monday', 'en')).toBe(true);
    expect(mayReport('ACCORDING TO the police', 'en')).toBe(true);
    expect(mayReport('Le ministère a DÉCLARÉ mercredi', 'fr')).toBe(true);
    expect(mayReport('The storm left homes without power.', 'en')).toBe(false);
  });

  it('says of every claim what findFrames needs: a claim it turns down has no frame', () => {
    const words = ['said', 'Said', 'SAID', 'according to', 'The', 'ministry', 'a déclaré', 'DÉCLARÉ', 'selon', 'Selon', 'police', ',', ' ', 'dit', 'Told'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.constantFrom<Lang>('fr', 'en'), (parts, lang) => {
        const claim = parts.join(' ');
        if (!mayReport(claim, lang)) expect(findFrames(claim, lang)).toEqual([]);
      }),
    );
  });
});
