/**
 * Parses a web page for the core's intake in Node, where there is no DOMParser: parse5 follows the
 * HTML standard's parsing algorithm, as browsers do, so a page gives the command line the tree it
 * gives the app. Scripting is off, as in a DOMParser document (`<noscript>` is then markup); the
 * tree is only read, and nothing it names is loaded.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { HtmlNode } from '../core/intake/index';

type Parse5Node = DefaultTreeAdapterTypes.Node;

/** The DOM's node types, which the core's HtmlNode speaks. */
const NODE_TYPES: Readonly<Record<string, number>> = { '#text': 3, '#comment': 8, '#document': 9, '#documentType': 10, '#document-fragment': 11 };
const ELEMENT = 1;
const TEXT = 3;

/** Parses `html` as a whole document, as `DOMParser.parseFromString(html, 'text/html')` does. */
export function parseHtml(html: string): HtmlNode {
  return toHtmlNode(parse(html, { scriptingEnabled: false }));
}

/** The node as the core reads it; children are wrapped once, on first use, since the core compares nodes by identity. */
function toHtmlNode(node: Parse5Node): HtmlNode {
  const nodeType = NODE_TYPES[node.nodeName] ?? ELEMENT;
  let children: HtmlNode[] | null = null;
  return {
    nodeType,
    nodeName: node.nodeName,
    get childNodes() {
      children ??= 'childNodes' in node ? node.childNodes.map(toHtmlNode) : [];
      return children;
    },
    get textContent() {
      return textContentOf(node, nodeType);
    },
    ...(nodeType === ELEMENT && 'attrs' in node && { getAttribute: (name: string) => node.attrs.find((attribute) => attribute.name === name.toLowerCase())?.value ?? null }),
  };
}

/** As the DOM defines it: a text's or a comment's data, an element's text descendants joined, null for a document. */
function textContentOf(node: Parse5Node, nodeType: number): string | null {
  if ('value' in node && nodeType === TEXT) return node.value;
  if ('data' in node) return node.data;
  if (nodeType !== ELEMENT && nodeType !== NODE_TYPES['#document-fragment']) return null;
  // Without recursion: a hostile page may nest elements a hundred thousand deep.
  const pieces: string[] = [];
  const stack: Parse5Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Parse5Node;
    if (current.nodeName === '#text' && 'value' in current) pieces.push(current.value);
    else if ('childNodes' in current) for (let k = current.childNodes.length - 1; k >= 0; k--) stack.push(current.childNodes[k] as Parse5Node);
  }
  return pieces.join('');
}
