/**
 * The command line: `npm run --silent compare -- [options] [comparison.json | fr.md en.md]`.
 * Prints the summary of a comparison, or the comparison in another format (formats.ts), to
 * standard output or to `--out`. Bad usage or bad input prints one line per problem on standard
 * error and exits with 2; anything unforeseen is a bug, said so in one line, and exits with 1.
 * Errors are in the language of `--lang`, else of the person's locale (errorLanguage.ts). Never a
 * stack trace: the person running this is reading a terminal, not a debugger.
 */
import { isoDayOf } from '../core/export/index';
import type { Reading } from '../core/engine/index';
import type { Comparison } from '../core/model/index';
import { showControlCharacters } from '../core/text/index';
import { CliError } from './cliError';
import { chooseErrorLanguage } from './errorLanguage';
import { FORMATS, FORMAT_NAMES } from './formats';
import { MESSAGES } from './messages';
import { parseCompareOptions, type CompareOptions } from './options';
import { checkOutPath, writeOutput } from './output';
import { shouldColor } from './style';
import type { WriteOptions } from './writers/writeOptions';

/** Prose wider than this is hard to read, however wide the terminal. */
const MAX_WIDTH = 100;
const MIN_WIDTH = 40;
/** For a pipe or a file: the width of a classic terminal. */
const DEFAULT_WIDTH = 80;

async function run(argv: readonly string[]): Promise<void> {
  const options = parseCompareOptions(argv);
  if (options.help || options.out === null) endQuietlyOnClosedPipe();
  if (options.help) {
    await writeOutput(MESSAGES[options.lang].help(FORMAT_NAMES), null);
    return;
  }
  const { comparison, inputs, readAs } = await loadInput(options);
  if (options.out !== null) checkOutPath(options.out, inputs);
  const toTerminal = options.out === null && process.stdout.isTTY === true;
  const writeOptions: WriteOptions = {
    lang: options.lang,
    color: options.out === null && shouldColor(toTerminal, process.env),
    width: toTerminal ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, process.stdout.columns || DEFAULT_WIDTH)) : DEFAULT_WIDTH,
    exportedOn: isoDayOf(new Date()),
    ...(readAs === undefined ? {} : { readAs }),
  };
  const text = await FORMATS[options.format](comparison, writeOptions);
  // A terminal acts on the controls a file may hold (a window title set, the screen cleared): shown
  // there as escapes, written to a file or a pipe byte for byte. The summary shows its own already.
  const shown = toTerminal && options.format !== 'summary' ? (piece: string) => showControlCharacters(piece, '\n\t') : null;
  await writeOutput(text, options.out, shown);
}

/**
 * Reads what the arguments name. Each kind of input loads its modules when it is met, so that they
 * are chunks of their own in the compiled command line: `--help` reads neither the file format's
 * schema (zod) nor the engine, and a comparison file's summary never reads the engine and its
 * 1.9 MB dictionary.
 */
async function loadInput(options: CompareOptions): Promise<{ comparison: Comparison; inputs: string[]; readAs?: Reading }> {
  const [first, second, ...rest] = options.paths;
  if (first === undefined) {
    const { SHIPPED_COMPARISON, loadComparisonFile } = await import('./comparisonFile');
    return { comparison: loadComparisonFile(SHIPPED_COMPARISON.path, SHIPPED_COMPARISON.name), inputs: [SHIPPED_COMPARISON.path] };
  }
  if (second === undefined) {
    const { loadComparisonFile } = await import('./comparisonFile');
    return { comparison: loadComparisonFile(first), inputs: [first] };
  }
  if (rest.length === 0) {
    const { compareSourcePair } = await import('./sourcePair');
    // How a file was read (as Windows-1252, say) goes to standard error as it is read; the comparison goes on.
    const { comparison, reading } = await compareSourcePair(first, second, (notice) => writeErrors([notice(errors)]));
    return { comparison, inputs: [first, second], readAs: reading };
  }
  const count = options.paths.length;
  throw new CliError((words) => [words.fileCount(count)]);
}

const argv = process.argv.slice(2);
const errors = MESSAGES[chooseErrorLanguage(argv, process.env)].errors;

/** Writes error lines on standard error; they quote paths and values from the input, so no control character goes through. */
function writeErrors(lines: readonly string[]): void {
  process.stderr.write(`${lines.map((line) => showControlCharacters(line)).join('\n')}\n`);
}

/**
 * Ends quietly when the reader of a pipe (`| head`) has seen enough. Only for a run that writes to
 * standard output: Node makes process.stdout when it is first touched, loading its stream modules,
 * about 8 ms of a run that writes to a file (`--out`) and never uses it.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    writeErrors([errors.cannotWriteStdout(error.message)]);
    process.exit(2);
  });
}

run(argv).catch((error: unknown) => {
  if (error instanceof CliError) {
    writeErrors(error.describe(errors));
    process.exitCode = error.exitCode;
  } else {
    writeErrors([errors.internal(error instanceof Error ? error.message : String(error))]);
    process.exitCode = 1;
  }
});
