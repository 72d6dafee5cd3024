import { MESSAGES, type CliErrorMessages } from './messages';

/** The lines of an error, worded in whichever language the messages given are in. */
export type ErrorLines = (words: CliErrorMessages) => readonly string[];

/**
 * A failure the person running the command can fix: bad usage or bad input. It carries the lines
 * to print on standard error, each one saying where and what, and the exit status. The lines are
 * worded when printed, in the language of the person's choice (errorLanguage.ts): an error may be
 * found before the option that chooses it is read.
 */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly describe: ErrorLines,
    readonly exitCode: number = 2,
  ) {
    super(describe(MESSAGES.en.errors).join('\n'));
  }
}

/** Usage errors and bad input both exit with 2, as most Unix tools do. */
export function failWith(line: (words: CliErrorMessages) => string): never {
  throw new CliError((words) => [line(words)]);
}
