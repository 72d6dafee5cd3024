/**
 * Colour for the terminal, and when to use it. Colour only repeats what the words and symbols
 * already say (each kind has its own symbol), so a reader without colour loses nothing.
 */
import type { FindingKind } from '../core/model/index';

/** How the summary marks up its parts; the plain style leaves text as it is. */
export interface Style {
  readonly kind: (kind: FindingKind, text: string) => string;
  readonly strong: (text: string) => string;
  readonly faint: (text: string) => string;
}

/** The symbol of each kind, as in the app's legend: agreement, disagreement, one side only. */
export const KIND_SYMBOLS: Record<FindingKind, string> = {
  match: '✓',
  discrepancy: '≠',
  'only-fr': 'FR+',
  'only-en': 'EN+',
};

const KIND_COLORS: Record<FindingKind, number> = { match: 32, discrepancy: 33, 'only-fr': 36, 'only-en': 35 };

const sgr = (code: number, reset: number) => (text: string) => `\u001b[${code}m${text}\u001b[${reset}m`;

/** For pipes, files and NO_COLOR: the text unchanged. */
export const PLAIN_STYLE: Style = { kind: (_kind, text) => text, strong: (text) => text, faint: (text) => text };

/** For a terminal: SGR escapes, each closed by its own reset so that styles nest. */
export const ANSI_STYLE: Style = {
  kind: (kind, text) => sgr(KIND_COLORS[kind], 39)(text),
  strong: sgr(1, 22),
  faint: sgr(2, 22),
};

/**
 * Whether to colour what goes to a stream: never when NO_COLOR is set to anything but the empty
 * string (no-color.org), always when FORCE_COLOR is set and not "0", otherwise only on a terminal.
 */
export function shouldColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '' && env['FORCE_COLOR'] !== '0') return true;
  return isTTY;
}
