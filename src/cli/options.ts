/**
 * The command line's arguments, read with node:util's parseArgs in its tokens mode so that each
 * mistake gets a message of our own (parseArgs' own ones suggest `--` tricks and run long).
 */
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/model/index';
import { failWith } from './cliError';
import { FORMAT_NAMES, type FormatName } from './formats';

/** What the person asked for, checked: a known format and language, and the files named. */
export interface CompareOptions {
  readonly format: FormatName;
  readonly lang: Lang;
  readonly out: string | null;
  readonly help: boolean;
  /** Nothing (the shipped comparison), one comparison file, or a French and an English source file. */
  readonly paths: readonly string[];
}

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** Reads `argv` (without node and the script); throws a CliError naming the first mistake. */
export function parseCompareOptions(argv: readonly string[]): CompareOptions {
  // strict: false lets unknown options through as tokens, so that they are reported here in our words.
  const { positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<OptionName, string | boolean>> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) failWith((words) => words.unknownOption(token.rawName));
    const expectsValue = OPTIONS[token.name].type === 'string';
    // `--format --lang fr` means a forgotten value, not a format called "--lang"; `--out=-x` still works.
    const valueMissing = token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'));
    if (expectsValue && valueMissing) {
      failWith((words) => words.needsValue(token.rawName, token.name === 'format' ? FORMAT_NAMES : null));
    }
    if (!expectsValue && token.inlineValue) failWith((words) => words.takesNoValue(token.rawName));
    values[token.name] = expectsValue ? (token.value as string) : true;
  }

  const format = values.format ?? 'summary';
  if (typeof format !== 'string' || !(FORMAT_NAMES as readonly string[]).includes(format)) {
    failWith((words) => words.unknownFormat(String(format), FORMAT_NAMES));
  }
  const lang = values.lang ?? 'en';
  if (typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang)) {
    failWith((words) => words.unknownLanguage(String(lang)));
  }
  const out = typeof values.out === 'string' ? values.out : null;
  return { format: format as FormatName, lang: lang as Lang, out, help: values.help === true, paths: positionals };
}
