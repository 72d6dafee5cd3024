/**
 * The little of a parsed HTML document that the intake reads: a DOMParser Document in the browser
 * and jsdom's in the tests both have this shape, and so does any tree that mimics it. The core
 * never parses HTML itself and never sees `document` or `window`.
 */

/** A node of a parsed document: an element, a text, a comment, the document itself. */
export interface HtmlNode {
  /** 1 element, 3 text, 4 CDATA section, 8 comment, 9 document, 11 fragment (the DOM's numbers). */
  readonly nodeType: number;
  /** `P`, `p`, `#text`, `#document`: compared without regard to case. */
  readonly nodeName: string;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly textContent: string | null;
  /** Elements have it; other nodes need not. */
  getAttribute?(name: string): string | null;
}

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** The node's tag name in lower case, or '' for a node that is not an element. */
export function tagOf(node: HtmlNode): string {
  return node.nodeType === ELEMENT_NODE ? node.nodeName.toLowerCase() : '';
}

/** An attribute's value, or null when the node has none (or is not an element). */
export function attributeOf(node: HtmlNode, name: string): string | null {
  return typeof node.getAttribute === 'function' ? node.getAttribute(name) : null;
}

/**
 * Visits `root` and its descendants in document order without recursion (a hostile page may nest
 * elements a hundred thousand deep): `enter` returns false to skip a node's subtree, `leave` runs
 * after a visited element's subtree.
 */
export function walkHtml(root: HtmlNode, enter: (node: HtmlNode) => boolean, leave: (node: HtmlNode) => void = () => {}): void {
  const stack: { node: HtmlNode; next: number }[] = [];
  if (!enter(root)) return;
  stack.push({ node: root, next: 0 });
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: HtmlNode; next: number };
    const children = top.node.childNodes;
    if (top.next >= children.length) {
      stack.pop();
      leave(top.node);
      continue;
    }
    const child = children[top.next++] as HtmlNode;
    if (enter(child)) stack.push({ node: child, next: 0 });
  }
}
