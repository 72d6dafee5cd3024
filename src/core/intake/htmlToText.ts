/**
 * A parsed web page reduced to the text a reader would compare, as Markdown paragraphs
 * (htmlBlocks.ts), with the details the page gives about itself (htmlMeta.ts). The page is only
 * read, never rendered: the caller parses it with a parser that runs no script and loads nothing
 * (DOMParser), and nothing here follows an address or evaluates a style.
 *
 * When the page has one `<article>` holding most of its text, or else one `<main>`, only that is
 * read, as reading-mode tools do, so that comments and lists of other articles stay out. Three
 * walks over the tree; linear in the nodes.
 */
import { blocksOf, isDropped } from './htmlBlocks';
import { attributeOf, TEXT_NODE, tagOf, walkHtml, type HtmlNode } from './htmlNode';
import { readHtmlMeta } from './htmlMeta';
import type { SourceMeta } from './sourceMeta';

export interface HtmlText {
  /** Paragraphs separated by a blank line, headings marked with `#`. */
  readonly text: string;
  readonly meta: SourceMeta;
}

/** An `<article>` must hold at least this share of the page's text to be read alone. */
const ARTICLE_SHARE = 0.3;

/** Reads a parsed page (a Document, or any element of one) as text and details. */
export function htmlToText(root: HtmlNode): HtmlText {
  return { text: blocksOf(contentRoot(root)).join('\n\n'), meta: readHtmlMeta(root) };
}

/** The single article holding most of the page's text, else the single `<main>`, else the root. */
function contentRoot(root: HtmlNode): HtmlNode {
  const articles: HtmlNode[] = [];
  const mains: HtmlNode[] = [];
  let body: HtmlNode | null = null;
  walkHtml(root, (node) => {
    const tag = tagOf(node);
    if (tag === 'article') articles.push(node);
    if (tag === 'main' || attributeOf(node, 'role') === 'main') mains.push(node);
    if (tag === 'body') body ??= node;
    return !isDropped(node, true);
  });
  const article = articles.length === 1 ? (articles[0] as HtmlNode) : null;
  if (article && textLength(article) >= ARTICLE_SHARE * textLength(body ?? root)) return article;
  if (mains.length === 1) return mains[0] as HtmlNode;
  return root;
}

function textLength(node: HtmlNode): number {
  let length = 0;
  walkHtml(node, (child) => {
    if (child.nodeType === TEXT_NODE) length += (child.textContent ?? '').trim().length;
    return !isDropped(child, true);
  });
  return length;
}
