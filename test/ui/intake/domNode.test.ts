import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/intake/index';
import { toHtmlNode } from '../../../src/ui/intake/domNode';

const PAGE = `<html><head><title>Le ministère répond</title></head><body>
  <h1>Le ministère répond</h1>
  <form><input name="nodeName"><input name="childNodes"><input name="nodeType"><input name="textContent"><input name="getAttribute"></form>
  <img name="childNodes"><img name="nodeName">
  <p>Le porte-parole a déclaré que la règle ne change pas.</p>
</body></html>`;

/**
 * Shadows `names` on `node` with `by`, as Chromium does for a form's named inputs and for the
 * document's named images (jsdom does not, so the test does it by hand, the same way: an own
 * property in front of the prototype's getter).
 */
function clobber(node: Node, names: readonly string[], by: Element): void {
  for (const name of names) Object.defineProperty(node, name, { value: by, configurable: true });
}

describe('toHtmlNode', () => {
  it('reads the page as it is when a form and the document have their properties shadowed by named elements', () => {
    const page = new DOMParser().parseFromString(PAGE, 'text/html');
    const form = page.getElementsByTagName('form')[0] as HTMLFormElement;
    const input = form.getElementsByTagName('input')[0] as HTMLInputElement;
    clobber(form, ['nodeName', 'childNodes', 'nodeType', 'textContent', 'getAttribute'], input);
    clobber(page, ['childNodes', 'nodeName'], page.getElementsByTagName('img')[0] as Element);

    const { text, meta } = htmlToText(toHtmlNode(page));

    expect(text).toBe('# Le ministère répond\n\nLe porte-parole a déclaré que la règle ne change pas.');
    expect(meta.title).toBe('Le ministère répond');
  });

  it('gives the same node for a child each time it is asked, so that the core can compare nodes', () => {
    const root = toHtmlNode(new DOMParser().parseFromString('<p>un</p>', 'text/html'));
    expect(root.childNodes[0]).toBe(root.childNodes[0]);
  });
});
