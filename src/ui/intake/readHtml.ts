import { htmlToText, type HtmlText } from '../../core/index';

/**
 * Reads a web page or pasted rich text as text and details. DOMParser builds an inert document: it
 * runs no script, fires no handler, loads no image, style or frame; the core then only reads it.
 */
export function readHtml(html: string): HtmlText {
  return htmlToText(new DOMParser().parseFromString(html, 'text/html'));
}
