/**
 * The language of the command line's error messages. An error can come before the options are all
 * read, so `--lang` is looked for among all the arguments first; without it, the person's locale
 * says, as POSIX reads it: LC_ALL, else LC_MESSAGES, else LANG, the first one set and not empty.
 */
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/model/index';

/** `--lang`'s value when the arguments give a valid one (the last one given wins), else the locale's language: French for `fr…`, else English. */
export function chooseErrorLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const { tokens } = parseArgs({ args: [...argv], options: { lang: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  const asked = tokens.findLast((token) => token.kind === 'option' && token.name === 'lang');
  const value = asked?.kind === 'option' ? asked.value : undefined;
  if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((setting) => setting !== undefined && setting !== '');
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
