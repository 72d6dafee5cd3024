import type { HtmlNode } from '../../core/intake/index';

/*
 * A page can shadow a node's properties by name (DOM clobbering): in `<form><input name="nodeName">`
 * the form's `nodeName` is the input element, `<input name="childNodes">` does the same to the
 * form's children, and `<img name="childNodes">` to the document's own. Read through the element,
 * such a page made the reader throw and the paste or the file was lost. The DOM's own getters,
 * taken from the prototypes before any page was parsed, read what the node really is.
 */
const NODE_TYPE = getterOf(Node.prototype, 'nodeType') as (this: Node) => number;
const NODE_NAME = getterOf(Node.prototype, 'nodeName') as (this: Node) => string;
const CHILD_NODES = getterOf(Node.prototype, 'childNodes') as (this: Node) => NodeListOf<ChildNode>;
const TEXT_CONTENT = getterOf(Node.prototype, 'textContent') as (this: Node) => string | null;
const GET_ATTRIBUTE = Element.prototype.getAttribute;

function getterOf(prototype: object, name: string): () => unknown {
  const getter = Object.getOwnPropertyDescriptor(prototype, name)?.get;
  if (!getter) throw new Error(`this browser's Node has no ${name} getter; this is a bug`);
  return getter;
}

/**
 * The node as the core's HtmlNode, every property read through the DOM's own getters rather than
 * through the node, so that no name a page gives its elements changes what is read. Children are
 * wrapped once, on first use: the core walks them more than once and compares nodes by identity.
 */
export function toHtmlNode(node: Node): HtmlNode {
  const nodeType = NODE_TYPE.call(node);
  let children: HtmlNode[] | null = null;
  return {
    nodeType,
    nodeName: NODE_NAME.call(node),
    get childNodes() {
      children ??= Array.from(CHILD_NODES.call(node), toHtmlNode);
      return children;
    },
    get textContent() {
      return TEXT_CONTENT.call(node);
    },
    ...(nodeType === Node.ELEMENT_NODE && { getAttribute: (name: string) => GET_ATTRIBUTE.call(node as Element, name) }),
  };
}
