/**
 * A failure the person running the command can fix: bad usage or bad input. It carries the lines
 * to print on standard error, each one saying where and what, and the exit status.
 */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly lines: readonly string[],
    readonly exitCode: number = 2,
  ) {
    super(lines.join('\n'));
  }
}

/** Usage errors and bad input both exit with 2, as most Unix tools do. */
export function failWith(line: string): never {
  throw new CliError([line]);
}
