/**
 * Plain-text layout for the terminal: greedy word wrap and quote shortening. Widths count code
 * points, which is right for the Latin scripts of the two sources; a wide (CJK) character would
 * count as one column where a terminal gives it two, and only make a line a little long.
 */

/** Where a line may break: ordinary white space, not the no-break spaces of French typography. */
const BREAKABLE = /[ \t\r\n]+/;

function widthOf(text: string): number {
  return Array.from(text).length;
}

/**
 * Breaks `text` into lines no wider than `width`, the first starting with `firstIndent`, the rest
 * with `indent`; runs of white space become one space. A word longer than a line stands alone.
 */
export function wrapText(text: string, width: number, indent: string, firstIndent: string = indent): string[] {
  const words = text.split(BREAKABLE).filter((word) => word !== '');
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && widthOf(line) + 1 + widthOf(word) > width) {
      lines.push(line);
      line = indent;
      lineHasWord = false;
    }
    line += lineHasWord ? ` ${word}` : word;
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/**
 * Cuts a quote to at most `max` characters at a word boundary and marks the cut with `…`; the
 * beginning of a claim says most about it, so the head is kept.
 */
export function shortenQuote(quote: string, max: number): string {
  const characters = Array.from(quote.trim());
  if (characters.length <= max) return characters.join('');
  const head = characters.slice(0, max - 1).join('');
  const lastBreak = head.search(/\s\S*$/);
  // Cut at the last space unless that throws away more than a third of the room.
  const cut = lastBreak > (max * 2) / 3 ? head.slice(0, lastBreak) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
