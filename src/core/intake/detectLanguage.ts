/**
 * Tells whether a text is French or English, and only when it clearly is: franc's trigram model
 * (franc-min, restricted to the two languages) is asked about short stretches spread over the start
 * of the text; a stretch tells when franc's runner-up scores well below the winner, and a language
 * wins when at least half the stretches tell and two thirds of those that tell name it. Figures,
 * symbols and addresses, which read alike in both languages, are taken out first.
 *
 * Why short stretches: franc scores the runner-up relative to the length of the text, so that
 * on 2,000 characters even a clearly French text gives English 0.95; on 200 characters, French
 * prose gives English 0.65 to 0.85 and a text that mixes the two languages 0.9 and more. At most
 * STRETCHES stretches of STRETCH characters are read, whatever the text's length.
 */
import { francAll } from 'franc-min';
import type { Lang } from '../model/types';

/** Only the start of a text is sampled: a language does not change halfway through an article. */
const LANGUAGE_SAMPLE = 20_000;
/** Characters in each stretch asked about. */
const STRETCH = 200;
const STRETCHES = 20;
/** Letters a stretch needs before franc's answer means anything. */
const MIN_LETTERS = 60;
/** Franc scores the best language 1 and the other below it; a stretch tells when the other scores at most this. */
const CLEAR = 0.9;

const FRANC_CODES = { fra: 'fr', eng: 'en' } as const satisfies Record<string, Lang>;

/** 'fr' or 'en' when the start of `text` is clearly in that language, null when it is too short or too mixed to say. */
export function detectLanguage(text: string): Lang | null {
  const sample = text
    .slice(0, LANGUAGE_SAMPLE)
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/\S+@\S+/gu, ' ')
    .replace(/[\p{N}\p{S}_]+/gu, ' ')
    .replace(/\s+/gu, ' ');
  const votes = { fr: 0, en: 0, unclear: 0 };
  for (const stretch of stretchesOf(sample)) {
    if ((stretch.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
    votes[stretchLanguage(stretch) ?? 'unclear']++;
  }
  const told = votes.fr + votes.en;
  if (told === 0 || told < votes.unclear) return null;
  if (votes.fr >= (2 / 3) * told) return 'fr';
  if (votes.en >= (2 / 3) * told) return 'en';
  return null;
}

/** Up to STRETCHES stretches of STRETCH characters, spread evenly over the sample without overlapping, each starting at a word. */
function stretchesOf(sample: string): string[] {
  if (sample.length <= STRETCH) return [sample];
  const count = Math.min(STRETCHES, Math.floor(sample.length / STRETCH));
  const step = count > 1 ? (sample.length - STRETCH) / (count - 1) : 0;
  return Array.from({ length: count }, (_, k) => {
    const at = Math.round(k * step);
    const word = at === 0 ? 0 : sample.indexOf(' ', at) + 1;
    return sample.slice(word, word + STRETCH);
  });
}

function stretchLanguage(stretch: string): Lang | null {
  const [best, other] = francAll(stretch, { only: ['fra', 'eng'], minLength: 1 });
  if (!best || best[0] === 'und') return null;
  const lang = best[0] === 'fra' || best[0] === 'eng' ? FRANC_CODES[best[0]] : null;
  return lang !== null && (other === undefined || other[1] <= CLEAR) ? lang : null;
}
