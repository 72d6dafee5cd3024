// @vitest-environment jsdom
/**
 * Pages are parsed as the app parses them, with a DOMParser (jsdom's here): it builds the tree
 * without running scripts or loading anything, and htmlToText only reads the tree.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText, type HtmlNode } from '../../../src/core/intake/index';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const textOf = (html: string) => htmlToText(parse(html)).text;

describe('htmlToText', () => {
  it('keeps the blocks as paragraphs, headings with #, line breaks, and collapses white space', () => {
    const html = `<body>
      <h1>Le  ministère
        dément</h1>
      <p>Premier   paragraphe,
         sur deux lignes.</p>
      <div>Un bloc<br>avec un saut de ligne.</div>
      <ul><li>Point un</li><li>Point <em>deux</em></li></ul>
      <blockquote><p>Une citation.</p></blockquote>
      <h3>Sous-titre</h3>
      <p>Dernier paragraphe&nbsp;: fin.</p>
    </body>`;
    expect(textOf(html)).toBe(
      [
        '# Le ministère dément',
        'Premier paragraphe, sur deux lignes.',
        'Un bloc\navec un saut de ligne.',
        'Point un',
        'Point deux',
        'Une citation.',
        '### Sous-titre',
        'Dernier paragraphe\u00a0: fin.',
      ].join('\n\n'),
    );
  });

  it('keeps preformatted text as it is laid out', () => {
    expect(textOf('<pre>ligne un\nligne   deux</pre>')).toBe('ligne un\nligne deux');
  });

  it('puts the cells of a table row on one line, one row a paragraph', () => {
    expect(textOf('<table><tr><th>Année</th><th>Montant</th></tr><tr><td>2017</td><td>12 M€</td></tr></table>')).toBe('Année Montant\n\n2017 12 M€');
  });

  it('leaves out the page chrome: navigation, asides, the page header and footer, hidden elements', () => {
    const html = `<body>
      <header><a href="/">Accueil</a> › Société</header>
      <nav><a href="/a">Politique</a></nav>
      <div role="navigation">Menu</div>
      <p>Le texte.</p>
      <aside>À lire aussi</aside>
      <div hidden>Caché</div>
      <div aria-hidden="true">Décor</div>
      <div style="color: red; display: none">Invisible</div>
      <footer>© Journal</footer>
    </body>`;
    expect(textOf(html)).toBe('Le texte.');
  });

  it("keeps an article's own header, which holds its title and byline", () => {
    const html = '<body><header>Le Journal</header><article><header><h1>Le titre</h1><p>Par Anne Roy</p></header><p>Le corps du texte, assez long pour être l’essentiel de la page.</p></article></body>';
    expect(textOf(html)).toBe('# Le titre\n\nPar Anne Roy\n\nLe corps du texte, assez long pour être l’essentiel de la page.');
  });

  it('reads only the one article that holds most of the text, leaving comments and other links out', () => {
    const html = `<body>
      <div class="teasers"><p>Autre article</p></div>
      <article><p>Le ministère a déclaré mardi que les services resteraient autorisés pour les particuliers.</p></article>
      <section class="comments"><p>Premier commentaire</p></section>
    </body>`;
    expect(textOf(html)).toBe('Le ministère a déclaré mardi que les services resteraient autorisés pour les particuliers.');
  });

  it('reads the whole page when there are several articles', () => {
    expect(textOf('<article><p>Un</p></article><article><p>Deux</p></article>')).toBe('Un\n\nDeux');
  });

  it('drops a line of rules, which at the top would read as front matter', () => {
    expect(textOf('<p>---<br>lang: en<br>---</p><p>Texte.</p>')).toBe('lang: en\n\nTexte.');
  });
});

/** Hostile markup written for these tests: each must give its visible words at most, never code, handlers or addresses. */
const HOSTILE: readonly (readonly [name: string, html: string, text: string])[] = [
  ['a script', '<p>Avant</p><script>alert(1)</script><p>Après</p>', 'Avant\n\nAprès'],
  ['a script in the head', '<head><script>document.title = "x"</script></head><body><p>Texte</p></body>', 'Texte'],
  ['an inline handler', '<p onclick="alert(1)">Cliquer</p><img src=x onerror="alert(2)">', 'Cliquer'],
  ['a javascript: link', '<p><a href="javascript:alert(1)">Le lien</a> reste du texte.</p>', 'Le lien reste du texte.'],
  ['an SVG with a script', '<p>Texte</p><svg><script>alert(1)</script><text>SVG</text></svg>', 'Texte'],
  ['an SVG onload', '<svg onload="alert(1)"><title>Titre SVG</title></svg><p>Texte</p>', 'Texte'],
  ['a srcdoc frame', '<p>Texte</p><iframe srcdoc="<script>alert(1)</script>"></iframe>', 'Texte'],
  ['a style with expression()', '<style>p { width: expression(alert(1)); }</style><p style="background:url(javascript:alert(2))">Texte</p>', 'Texte'],
  ['escaped markup, which stays literal text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<script>alert(1)</script>'],
  ['double-escaped markup', '<p>&amp;lt;img src=x onerror=alert(1)&amp;gt;</p>', '&lt;img src=x onerror=alert(1)&gt;'],
  ['a numeric-entity script', '<p>&#60;script&#62;x&#60;/script&#62;</p>', '<script>x</script>'],
  ['a noscript fallback', '<p>Texte</p><noscript><p>Activez JavaScript</p><img src="https://tracker.example/p.gif"></noscript>', 'Texte'],
  ['a template', '<template><p>Modèle</p><script>alert(1)</script></template><p>Texte</p>', 'Texte'],
  ['an object and an embed', '<object data="x.swf"><p>Repli</p></object><embed src="x.swf"><p>Texte</p>', 'Texte'],
  ['MathML', '<math><mi>x</mi><annotation-xml encoding="text/html"><script>alert(1)</script></annotation-xml></math><p>Texte</p>', 'Texte'],
  ['form controls', '<form><label>Nom</label><input value="x"><textarea>Saisie</textarea><select><option>Choix</option></select><button>Envoyer</button><p>Texte</p></form>', 'Texte'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>Texte</p>', 'Texte'],
  ['a comment holding a script', '<p>Texte</p><!-- <script>alert(1)</script> -->', 'Texte'],
  ['a base and a link', '<base href="javascript:alert(1)//"><link rel="stylesheet" href="https://example.com/x.css"><p>Texte</p>', 'Texte'],
  ['a broken tag', '<p>Texte <b onmouseover=alert(1)>gras</p>', 'Texte gras'],
  // In HTML, `<![CDATA[` opens a bogus comment that the first `>` closes: the rest is text, as a browser shows it.
  ['a CDATA trick', '<p><![CDATA[<script>alert(1)</script>]]>Texte</p>', 'alert(1)]]>Texte'],
];

describe('htmlToText on hostile markup', () => {
  it.each(HOSTILE)('reduces %s to its visible words', (_, html, text) => {
    expect(textOf(html)).toBe(text);
  });

  it('never lets a tag through unless the page wrote it as text', () => {
    for (const [, html, text] of HOSTILE) {
      const result = htmlToText(parse(html));
      if (!text.includes('<')) expect(result.text).not.toMatch(/</);
      expect(Object.values(result.meta).join(' ')).not.toMatch(/javascript:|alert/);
    }
  });

  it('survives nesting deeper than any call stack', () => {
    // Built by hand: the walker takes any tree of this shape, and parsers are slow on such depths.
    let node: HtmlNode = { nodeType: 3, nodeName: '#text', childNodes: [], textContent: 'Au fond' };
    for (let depth = 0; depth < 200_000; depth++) {
      node = { nodeType: 1, nodeName: depth % 2 === 0 ? 'DIV' : 'SPAN', childNodes: [node], textContent: null, getAttribute: () => null };
    }
    expect(htmlToText(node).text).toBe('Au fond');
  });
});

describe('htmlToText details', () => {
  it('reads the title, outlet, date, byline and address a news page gives', () => {
    const page = parse(`<html><head>
      <title>Le ministère dément – Le Journal</title>
      <meta property="og:title" content="Le ministère dément">
      <meta property="og:site_name" content="Le Journal">
      <meta property="article:published_time" content="2017-07-14T11:03:00+08:00">
      <meta name="author" content="Anne Roy">
      <link rel="canonical" href="https://journal.example/2017/07/14/vpn">
    </head><body><p>Texte.</p></body></html>`);
    expect(htmlToText(page).meta).toEqual({
      title: 'Le ministère dément',
      outlet: 'Le Journal',
      published: '2017-07-14',
      byline: 'Anne Roy',
      url: 'https://journal.example/2017/07/14/vpn',
    });
  });

  it('falls back on the first heading of the content, then on <title>, <time datetime> and og:url', () => {
    const page = parse(`<head><title>Titre de l’onglet</title><meta property="og:url" content="http://journal.example/a"></head>
      <body><header><h1>Le Journal</h1></header><main><h1>Le vrai titre</h1><time datetime="2020-05-05">5 mai</time></main></body>`);
    expect(htmlToText(page).meta).toEqual({ title: 'Le vrai titre', outlet: null, published: '2020-05-05', byline: null, url: 'http://journal.example/a' });
    expect(htmlToText(parse('<title> Titre \n de l’onglet </title><p>x</p>')).meta.title).toBe('Titre de l’onglet');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['  javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['/relative/path'],
    ['file:///etc/passwd'],
  ])('drops the address %j', (href) => {
    const page = parse(`<head><link rel="canonical" href="${href}"><meta property="og:url" content="${href}"></head><p>x</p>`);
    expect(htmlToText(page).meta.url).toBeNull();
  });

  it('takes no date that is not a real day, and no author given as an address', () => {
    const page = parse('<head><meta property="article:published_time" content="2017-02-30"><meta name="author" content="https://social.example/anne"></head><p>x</p>');
    expect(htmlToText(page).meta).toMatchObject({ published: null, byline: null });
  });

  it('keeps each detail to one line of bounded length', () => {
    const page = parse(`<head><meta property="og:title" content="${'Très long titre '.repeat(100)}"></head><p>x</p>`);
    const title = htmlToText(page).meta.title ?? '';
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title).not.toMatch(/\n/);
  });
});
