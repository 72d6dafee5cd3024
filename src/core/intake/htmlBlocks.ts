/**
 * The paragraphs of a parsed web page, as Markdown: one paragraph a block (paragraph, list item,
 * quotation, table row…), `#` headings, line breaks kept, white space collapsed as CSS collapses
 * it. What a reader does not read is dropped with everything inside it: code (scripts, styles,
 * templates), embedded content (frames, objects, images, SVG, MathML), form controls, the page's
 * chrome (navigation, asides, menus, the page's own header and footer, chrome landmarks) and
 * elements marked hidden. One walk with an explicit stack; linear in the nodes.
 */
import { attributeOf, CDATA_SECTION_NODE, TEXT_NODE, tagOf, walkHtml, type HtmlNode } from './htmlNode';

/** Elements never read, with everything inside them: code, embedded content, forms' controls, chrome. */
const DROPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'param', 'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture', 'img',
  'map', 'area', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'label', 'meter',
  'progress', 'nav', 'aside', 'dialog', 'menu', 'search',
]);

/** Landmarks that are page chrome whatever element carries them. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog']);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

const HEADINGS: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);

/** Sectioning elements: a header or footer inside one introduces it; outside all of them, it is the page's. */
export const SECTIONS = new Set(['article', 'main', 'section']);

/** A line of rules only (`---`, `***`, `___`): decoration, and at the top of a text it would read as front matter. */
const RULE_LINE = /^[-_*=~]{3,}$/;

/** True when the element and everything in it is not read; `insideSection` says whether it is inside an article, a section or the main content. */
export function isDropped(node: HtmlNode, insideSection: boolean): boolean {
  const tag = tagOf(node);
  if (tag === '') return false;
  if (DROPPED.has(tag)) return true;
  // An article's own header and footer hold its title, byline and date; the page's hold its chrome.
  if ((tag === 'header' || tag === 'footer') && !insideSection) return true;
  if (attributeOf(node, 'hidden') !== null || attributeOf(node, 'aria-hidden') === 'true') return true;
  const role = attributeOf(node, 'role');
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const style = attributeOf(node, 'style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** The text of a node on one line, dropped elements left out: for a title or a heading. */
export function inlineText(node: HtmlNode): string {
  return blocksOf(node).join(' ').replace(/^#{1,6} /u, '').replace(/\s+/gu, ' ').trim();
}

/** The paragraphs under `root`, in reading order; `#` marks a heading's level. */
export function blocksOf(root: HtmlNode): string[] {
  const blocks: string[] = [];
  let buffer = '';
  let heading = 0;
  let preformatted = 0;
  let sections = 0;
  const flush = () => {
    const lines = buffer
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
      .filter((line) => line !== '' && !RULE_LINE.test(line));
    buffer = '';
    if (lines.length === 0) return;
    blocks.push(heading > 0 ? `${'#'.repeat(heading)} ${lines.join(' ')}` : lines.join('\n'));
  };
  walkHtml(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        const text = node.textContent ?? '';
        // Outside <pre>, any run of white space, line breaks included, is one space (CSS white-space: normal).
        buffer += preformatted > 0 ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
        return false;
      }
      const tag = tagOf(node);
      if (tag === '') return node.nodeType !== 8; // a document or fragment is walked; a comment is not
      if (isDropped(node, sections > 0)) return false;
      if (SECTIONS.has(tag)) sections++;
      if (tag === 'br') buffer += '\n';
      else if (tag === 'td' || tag === 'th') buffer += ' ';
      else if (HEADINGS.has(tag)) {
        flush();
        heading = HEADINGS.get(tag) as number;
      } else if (BLOCKS.has(tag)) {
        flush();
        if (tag === 'pre') preformatted++;
      }
      return true;
    },
    (node) => {
      const tag = tagOf(node);
      if (SECTIONS.has(tag)) sections--;
      if (HEADINGS.has(tag)) {
        flush();
        heading = 0;
      } else if (BLOCKS.has(tag)) {
        flush();
        if (tag === 'pre') preformatted--;
      }
    },
  );
  flush();
  return blocks;
}
