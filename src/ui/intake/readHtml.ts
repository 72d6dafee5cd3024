import { htmlToText, type HtmlNode, type HtmlText } from '../../core/intake/index';
import { toHtmlNode } from './domNode';

/**
 * Parses a web page for the core. DOMParser builds an inert document: it runs no script, fires no
 * handler, loads no image, style or frame; the core then only reads it, through the DOM's own
 * getters (domNode.ts), which no element of the page can shadow.
 */
export function parseHtmlPage(html: string): HtmlNode {
  return toHtmlNode(new DOMParser().parseFromString(html, 'text/html'));
}

/** Reads a web page or pasted rich text as text and details. */
export function readHtml(html: string): HtmlText {
  return htmlToText(parseHtmlPage(html));
}
