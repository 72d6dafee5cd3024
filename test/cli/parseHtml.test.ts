// @vitest-environment jsdom
/**
 * The command line parses pages with parse5, the app with the browser's DOMParser (jsdom's here):
 * the core must read the same text and details from both trees.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/intake/index';
import { parseHtml } from '../../src/cli/parseHtml';

const PAGES: readonly (readonly [string, string])[] = [
  [
    'a news page with its chrome',
    `<!doctype html><html lang="fr"><head>
      <title>Site | Accueil</title>
      <meta property="og:title" content="Le ministère dément">
      <meta property="og:site_name" content="Le Quotidien">
      <meta property="article:published_time" content="2017-07-14T11:03:00+08:00">
      <meta name="author" content="Li Wei">
      <link rel="canonical" href="https://quotidien.example/vpn">
    </head><body>
      <header><a href="/">Accueil</a> › Société</header>
      <main><article>
        <h1>Le ministère <em>dément</em></h1>
        <p>Le ministère a déclaré mercredi qu’il n’y avait « aucune interdiction »&nbsp;: le texte vise les entreprises.</p>
        <p>Premier   paragraphe,<br>sur deux lignes.</p>
        <table><tr><th>Année</th><td>2017</td></tr></table>
        <ul><li>Point un</li><li>Point <b>deux</b></li></ul>
        <time datetime="2017-07-14">14 juillet</time>
      </article></main>
      <aside>À lire aussi</aside>
      <footer>© Le Quotidien</footer>
    </body></html>`,
  ],
  ['a fragment without html or body', '<p>Un paragraphe <i>seul</i>.</p><div>Un bloc</div>text après'],
  ['scripts, styles, templates and noscript', '<p>Avant.</p><script>document.write("x")</script><style>p{}</style><template><p>Modèle</p></template><noscript><p>Sans script</p></noscript><p>Après.</p>'],
  ['misnested and unclosed markup', '<p>Un <b>gras <i>et</p> italique</b> mêlés<p>Deuxième<li>Point'],
  ['names that shadow a node’s properties in a DOM', '<form><input name="nodeName"><input name="childNodes"></form><p>Le texte reste.</p>'],
  ['comments and CDATA', '<p>Un <!-- commentaire --> texte</p><svg><![CDATA[ignoré]]></svg>'],
];

describe('parseHtml', () => {
  it.each(PAGES)('gives the core the text and details a DOMParser gives, for %s', (_, html) => {
    const fromBrowser = htmlToText(new DOMParser().parseFromString(html, 'text/html'));
    const fromParse5 = htmlToText(parseHtml(html));
    expect(fromParse5).toEqual(fromBrowser);
    expect(fromParse5.text).not.toBe('');
  });

  it('reads elements nested thirty thousand deep without overflowing the stack', () => {
    const html = `${'<div>'.repeat(30_000)}Profond${'</div>'.repeat(30_000)}<p>Surface.</p>`;
    expect(htmlToText(parseHtml(html)).text).toContain('Surface.');
  });
});
