/**
 * The command line reads source files as the app does, through the core's one intake: real files
 * on disk, in the encodings and formats people save articles in, run through the compiled command
 * line (runCli.ts). Each is held to the comparison the UTF-8 Markdown files give.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/core/comparisonFile/index';
import type { Comparison } from '../../src/core/model/index';
import { ROOT, SPAWN_TIMEOUT, runCompareIn, type RunResult } from './runCli';

const FR_MD = readFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), 'utf8');
const EN_MD = readFileSync(join(ROOT, 'sources/miit-vpn/en.md'), 'utf8');
const NBSP = '\u00a0';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'compare-intake-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Writes `files` into the folder `name` of the temporary folder; returns their paths as typed there. */
function writePair(name: string, files: Record<string, string | Uint8Array>): string[] {
  mkdirSync(join(work, name), { recursive: true });
  return Object.entries(files).map(([file, content]) => {
    writeFileSync(join(work, name, file), content);
    return `${name}/${file}`;
  });
}

function runCompare(args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runCompareIn(work, args, env);
}

/** The comparison a run printed, without its name (which is the folder's). */
function comparisonOf(result: RunResult): Comparison {
  expect(result.status, result.stderr).toBe(0);
  return { ...parseComparison(result.stdout), name: '' };
}

let baseline: Promise<Comparison> | undefined;

/** The comparison of the UTF-8 Markdown files, run once and shared. */
function utf8Comparison(): Promise<Comparison> {
  baseline ??= runCompare([...writePair('utf8', { 'fr.md': FR_MD, 'en.md': EN_MD }), '--format', 'json']).then((result) => {
    expect(result.stderr).toBe('');
    return comparisonOf(result);
  });
  return baseline;
}

/** UTF-16 with its byte order mark, as Windows' Notepad saves "Unicode" and "Unicode big endian". */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? little : little.swap16();
}

/** Windows-1252's own places above 0x7f that are not Latin-1's; the others are Latin-1. */
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function windows1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (char) => {
    const byte = CP1252[char] ?? char.charCodeAt(0);
    if (byte > 0xff || (byte >= 0x80 && byte < 0xa0 && CP1252[char] === undefined)) throw new Error(`${char} has no place in Windows-1252; change the test's text`);
    return byte;
  }));
}

/** The body of a Markdown source: its paragraphs, after the front matter. */
function bodyParagraphs(markdown: string): string[] {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The French article as a news site serves it: its details in the head, the article amid menus, asides and a footer. */
function frenchPage(): string {
  const article = bodyParagraphs(FR_MD)
    .map((paragraph) => (paragraph.startsWith('# ') ? `<h1>${escapeHtml(paragraph.slice(2))}</h1>` : `<p>${escapeHtml(paragraph)}</p>`))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Société | le Quotidien du Peuple en ligne</title>
<meta property="og:title" content="Aucune interdiction des VPN des particuliers, selon le MIIT">
<meta property="og:site_name" content="le Quotidien du Peuple en ligne">
<meta property="article:published_time" content="2017-07-14T11:03:00+08:00">
<link rel="canonical" href="https://french.peopledaily.example/n3/2017/0714/c31357-9241432.html">
<script>window.tracking = true;</script>
</head><body>
<nav><a href="/">Page d'accueil</a> &gt;&gt; <a href="/societe">Société</a> <a href="/monde">Monde</a></nav>
<article>
${article}
</article>
<aside><h2>Conseils de la rédaction</h2><ul><li><a href="/a">Un autre article sur la Chine</a></li></ul></aside>
<footer>Copyright © le Quotidien du Peuple en ligne. Tous droits réservés.</footer>
</body></html>`;
}

describe.concurrent('compare, source files as the app reads them', () => {
  it.each([
    ['little', 'le'],
    ['big', 'be'],
  ] as const)('reads UTF-16 %s-endian with its byte order mark into the comparison UTF-8 gives, silently', async (_, endian) => {
    const paths = writePair(`utf16${endian}`, { 'fr.md': utf16(FR_MD, endian), 'en.md': utf16(EN_MD, endian) });
    const result = await runCompare([...paths, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(comparisonOf(result)).toEqual(await utf8Comparison());
  }, SPAWN_TIMEOUT);

  const FRENCH_NOTICE = (path: string) =>
    `compare${NBSP}: ${path}${NBSP}: n’est pas enregistré en UTF-8${NBSP}; il a été lu comme un texte d’Europe de l’Ouest (Windows-1252)${NBSP}: vérifiez ses lettres accentuées (é, è, ç, œ)`;

  it.each([
    ['English', 'cp1252-en', ['--lang', 'en'], {}, 'compare: cp1252-en/fr.md: not saved as UTF-8, so read as Western European text (Windows-1252); check that its accented letters (é, è, ç, œ) look right'],
    ['French, with --lang fr', 'cp1252-fr', ['--lang', 'fr'], {}, FRENCH_NOTICE('cp1252-fr/fr.md')],
    ['French, from a French locale', 'cp1252-locale', [], { LANG: 'fr_FR.UTF-8' }, FRENCH_NOTICE('cp1252-locale/fr.md')],
  ])('reads Windows-1252 into the comparison UTF-8 gives, with a notice on standard error in %s', async (_, folder, args, env, notice) => {
    const frenchBytes = windows1252(FR_MD);
    expect(frenchBytes.some((byte) => byte >= 0x80)).toBe(true); // accents, not ASCII: not valid UTF-8
    const paths = writePair(folder, { 'fr.md': frenchBytes, 'en.md': EN_MD });
    const result = await runCompare([...paths, '--format', 'json', ...args], env);
    expect(result.stderr).toBe(`${notice}\n`);
    expect(comparisonOf(result)).toEqual(await utf8Comparison());
  }, SPAWN_TIMEOUT);

  it('reads a saved web page’s article, with the page’s own details, leaving its menus, asides and footer out', async () => {
    const paths = writePair('html', { 'fr.html': frenchPage(), 'en.md': EN_MD });
    const result = await runCompare([...paths, '--format', 'json']);
    expect(result.stderr).toBe('');
    const { sources } = comparisonOf(result);
    const fromMarkdown = (await utf8Comparison()).sources.fr;
    expect(sources.fr).toMatchObject({
      lang: 'fr',
      title: 'Aucune interdiction des VPN des particuliers, selon le MIIT',
      outlet: 'le Quotidien du Peuple en ligne',
      published: '2017-07-14',
      url: 'https://french.peopledaily.example/n3/2017/0714/c31357-9241432.html',
    });
    // The article's text is the Markdown file's, paragraph for paragraph.
    expect(sources.fr.text).toBe(fromMarkdown.text);
    expect(sources.fr.paragraphs).toEqual(fromMarkdown.paragraphs);
    expect(sources.fr.text).not.toMatch(/Monde|Conseils de la rédaction|Tous droits réservés|tracking/);
    expect(sources.en).toEqual((await utf8Comparison()).sources.en);
  }, SPAWN_TIMEOUT);

  it('takes a file that starts like a web page as one, whatever its name, in UTF-16 too', async () => {
    const paths = writePair('page-utf16', { 'fr.txt.download': utf16(frenchPage(), 'le'), 'en.md': EN_MD });
    const result = await runCompare([...paths, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(comparisonOf(result).sources.fr.title).toBe('Aucune interdiction des VPN des particuliers, selon le MIIT');
  }, SPAWN_TIMEOUT);

  it.each([
    ['en', [], 'compare: blank-page/fr.html: is a web page without text; save the article as plain text or Markdown'],
    ['fr', ['--lang', 'fr'], `compare${NBSP}: blank-page/fr.html${NBSP}: est une page web sans texte${NBSP}; enregistrez l’article en texte brut ou en Markdown`],
  ])('refuses a web page without text in one line (%s), exit 2', async (_, args, line) => {
    mkdirSync(join(work, 'blank-page'), { recursive: true });
    writeFileSync(join(work, 'blank-page/en.md'), EN_MD);
    writeFileSync(join(work, 'blank-page/fr.html'), '<html><head><title>Accueil</title></head><body><nav>Menu</nav><script>go()</script></body></html>');
    const result = await runCompare(['blank-page/fr.html', 'blank-page/en.md', ...args]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `${line}\n` });
  }, SPAWN_TIMEOUT);

  it('reports a front matter’s YAML warning as Node reports a warning, in one short message, and reads the file', async () => {
    const paths = writePair('yaml-warning', { 'fr.md': FR_MD.replace(/^---\n/, '---\nauthor: !unknown Rédaction\n'), 'en.md': EN_MD });
    const result = await runCompare([...paths, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^\(node:\d+\) \[TAG_RESOLVE_FAILED\] YAMLWarning: Unresolved tag: !unknown/);
    expect(result.stderr).not.toMatch(/\n +at /);
    expect(comparisonOf(result).sources.fr.title).toBe((await utf8Comparison()).sources.fr.title);
  }, SPAWN_TIMEOUT);
});
