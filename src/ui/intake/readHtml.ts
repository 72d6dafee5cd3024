import { htmlToText, type HtmlText } from '../../core/index';
import { toHtmlNode } from './domNode';

/**
 * Reads a web page or pasted rich text as text and details. DOMParser builds an inert document: it
 * runs no script, fires no handler, loads no image, style or frame; the core then only reads it,
 * through the DOM's own getters (domNode.ts), which no element of the page can shadow.
 */
export function readHtml(html: string): HtmlText {
  return htmlToText(toHtmlNode(new DOMParser().parseFromString(html, 'text/html')));
}
