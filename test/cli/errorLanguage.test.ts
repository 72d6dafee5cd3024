import { describe, expect, it } from 'vitest';
import { chooseErrorLanguage } from '../../src/cli/errorLanguage';

describe('chooseErrorLanguage', () => {
  it.each([
    ['--lang fr, wherever it stands', ['--colour', 'a.json', '--lang', 'fr'], { LANG: 'en_GB.UTF-8' }, 'fr'],
    ['--lang=en over a French locale', ['--lang=en'], { LANG: 'fr_FR.UTF-8' }, 'en'],
    ['the last --lang given', ['--lang', 'en', '--lang', 'fr'], {}, 'fr'],
    ['the locale when --lang names no language it has', ['--lang', 'de'], { LANG: 'fr_BE.UTF-8' }, 'fr'],
    ['the locale when --lang has no value', ['--lang'], { LANG: 'fr_FR.UTF-8' }, 'fr'],
    ['a --lang after -- as a file name, not an option', ['--', '--lang', 'fr'], {}, 'en'],
    ['LC_ALL first', [], { LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    ['LC_ALL set to C over a French LANG', [], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }, 'en'],
    ['LC_MESSAGES over LANG', [], { LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    ['an empty LC_ALL, as unset', [], { LC_ALL: '', LANG: 'fr' }, 'fr'],
    ['English without any', [], {}, 'en'],
  ])('takes %s', (_case, argv, env, expected) => {
    expect(chooseErrorLanguage(argv, env)).toBe(expected);
  });
});
