/**
 * The command line as a person runs it: the real script in a child process, on real files in a
 * temporary folder, from a working directory outside the repository (the shipped comparison must
 * be found from the script, not the cwd). Spawning it costs a tenth of a second or more, so the
 * tests run concurrently and each case spawns once.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/core/comparisonFile/index';
import { countFindingsByKind } from '../../src/core/findings/findings';
import { orderFindings } from '../../src/core/findings/index';
import { FINDING_KINDS, type FindingKind } from '../../src/core/model/index';
import { ROOT, SPAWN_TIMEOUT, runCompareIn, type RunResult } from './runCli';

const SHIPPED_PATH = join(ROOT, 'sources/miit-vpn/comparison.json');
const SHIPPED_TEXT = readFileSync(SHIPPED_PATH, 'utf8');
const SHIPPED = parseComparison(SHIPPED_TEXT);

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'compare-cli-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

let shippedSummary: Promise<RunResult> | undefined;

/** The default summary, run once and shared by the tests that read it. */
function summariseShipped(): Promise<RunResult> {
  shippedSummary ??= runCompare([]);
  return shippedSummary;
}

/** Runs the command line from the temporary folder, with colour settings cleared unless given. */
function runCompare(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  return runCompareIn(work, args, extraEnv);
}

/** Writes a file into the temporary folder and returns its name, as a person would type it there. */
function writeWorkFile(name: string, content: string | Uint8Array): string {
  writeFileSync(join(work, name), content);
  return name;
}

type Draft = { relations: Record<string, unknown>[] } & Record<string, unknown>;

/** The shipped comparison as plain JSON, to be damaged by a test. */
function shippedDraft(): Draft {
  return JSON.parse(SHIPPED_TEXT) as Draft;
}

function findingIndex(id: string): number {
  const index = SHIPPED.relations.findIndex((finding) => finding.id === id);
  if (index === -1) throw new Error(`the shipped comparison has no finding "${id}"; update this test`);
  return index;
}

/** Runs of white space (wrapping, indents) count as one space, so prose can be found across lines. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** A bad-input failure: exit 2, nothing on standard output, exactly one line on standard error. */
function expectOneLineFailure(result: RunResult, pattern: RegExp): void {
  expect(result.stderr.trimEnd()).toMatch(pattern);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(result.stdout).toBe('');
  expect(result.status).toBe(2);
}

describe.concurrent('compare, the summary', () => {
  it('summarises the shipped comparison from any working directory: sources, counts, findings and notes', async () => {
    const result = await summariseShipped();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;

    expect(out).toContain(SHIPPED.sources.fr.title);
    expect(out).toContain(SHIPPED.sources.en.title);
    expect(out).toContain('le Quotidien du Peuple en ligne');
    expect(out).toContain('14 July 2017, 11:03');

    const counts = countFindingsByKind(SHIPPED.relations);
    expect(counts).toEqual({ match: 4, discrepancy: 7, 'only-fr': 3, 'only-en': 9 });
    expect(out).toMatch(new RegExp(`\\b${SHIPPED.relations.length} findings\\b`));
    expect(out).toMatch(new RegExp(`\\b${counts.match} matches\\b`));
    expect(out).toMatch(new RegExp(`\\b${counts.discrepancy} discrepancies\\b`));
    expect(out).toMatch(new RegExp(`\\b${counts['only-fr']} only in French\\b`));
    expect(out).toMatch(new RegExp(`\\b${counts['only-en']} only in English\\b`));

    const whoWhenWhere = SHIPPED.relations[findingIndex('who-when-where')];
    expect(squeeze(out)).toContain(squeeze(whoWhenWhere?.note.en ?? 'missing note'));
    expect(out).toMatch(/who-when-where · differs in: actor, venue, date/);
    expect(out).toContain('“Officials deny the requirement to ban personal VPN services”');

    expect(out).not.toContain('\u001b['); // not a terminal: no colour
    const tooWide = out.split('\n').filter((line) => Array.from(line).length > 80 && line.trim().includes(' '));
    expect(tooWide).toEqual([]);
  }, SPAWN_TIMEOUT);

  it('lists every finding once, grouped by kind, in reading order within each group', async () => {
    const { stdout, status } = await summariseShipped();
    expect(status).toBe(0);
    const ordered = orderFindings(SHIPPED);
    const expected = FINDING_KINDS.flatMap((kind: FindingKind) => ordered.filter((finding) => finding.kind === kind).map((finding) => finding.id));
    // A finding's header line is its symbol, then its id: `  ≠ who-when-where · differs in: …`.
    const listed = [...stdout.matchAll(/^ {2}(?:✓|≠|FR\+|EN\+) (\S+)(?: · .*)?$/gm)].map((match) => match[1]);
    expect(listed).toEqual(expected);
  }, SPAWN_TIMEOUT);

  it('speaks French with --lang fr: the words, the dates and the notes', async () => {
    const result = await runCompare(['--lang', 'fr']);
    expect(result.status).toBe(0);
    const out = squeeze(result.stdout);
    expect(out).toContain('4 concordances');
    expect(out).toContain('7 divergences');
    expect(out).toContain('3 seulement en français');
    expect(out).toContain('9 seulement en anglais');
    expect(out).toContain('14 juillet 2017 à 11:03');
    expect(out).toContain(squeeze(SHIPPED.relations[findingIndex('who-when-where')]?.note.fr ?? 'missing note'));
    expect(out).not.toContain(squeeze(SHIPPED.relations[findingIndex('who-when-where')]?.note.en ?? 'missing note'));
    expect(out).not.toContain('discrepancies');
  }, SPAWN_TIMEOUT);

  it('colours a summary only when asked, and never with NO_COLOR', async () => {
    const [forced, refused] = await Promise.all([
      runCompare([], { FORCE_COLOR: '1' }),
      runCompare([], { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]);
    expect(forced.stdout).toContain('\u001b[');
    expect(refused.stdout).not.toContain('\u001b[');
    expect(refused.stdout).toContain('4 matches');
  }, SPAWN_TIMEOUT);

  it('summarises a comparison file given as an argument instead of the shipped one', async () => {
    const draft = shippedDraft();
    draft['name'] = 'renamed-pair';
    const file = writeWorkFile('renamed.json', JSON.stringify(draft));
    const result = await runCompare([file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Comparison “renamed-pair”');
  }, SPAWN_TIMEOUT);

  it('prints its usage with --help', async () => {
    const result = await runCompare(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
    expect(result.stdout).toContain('--format NAME');
    expect(result.stdout).toContain('summary, json');
  }, SPAWN_TIMEOUT);
});

describe.concurrent('compare, other formats and --out', () => {
  it('prints the comparison file byte for byte with --format json', async () => {
    const result = await runCompare(['--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(SHIPPED_TEXT);
  }, SPAWN_TIMEOUT);

  it('writes to the --out file, replacing it, and prints nothing on standard output', async () => {
    const out = writeWorkFile('written.json', 'something the person asked to replace');
    const result = await runCompare(['--format=json', '--out', out]);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(work, out), 'utf8')).toBe(SHIPPED_TEXT);
  }, SPAWN_TIMEOUT);

  it('refuses to write over its own input file, and leaves it as it was', async () => {
    const input = writeWorkFile('keep.json', SHIPPED_TEXT);
    const result = await runCompare([input, '--out', input]);
    expectOneLineFailure(result, /^compare: --out keep\.json is the input file keep\.json/);
    expect(readFileSync(join(work, input), 'utf8')).toBe(SHIPPED_TEXT);
  }, SPAWN_TIMEOUT);

  it('fails in one line when --out names a folder that does not exist', async () => {
    // Not a read-only file: CI runs as root, which may write anywhere.
    const result = await runCompare(['--out', 'missing-folder/out.txt']);
    expectOneLineFailure(result, /^compare: cannot write missing-folder\/out\.txt: the folder missing-folder does not exist$/);
  }, SPAWN_TIMEOUT);
});

describe.concurrent('compare, bad comparison files', () => {
  it.each([
    [
      'a quote that is not in the text',
      'quote.json',
      (draft: Draft) => {
        const finding = draft.relations[findingIndex('who-when-where')] as { fr: { quote: string }[] };
        (finding.fr[0] as { quote: string }).quote = 'a déclaré le ministère jeudi';
      },
      /^compare: quote\.json: finding "who-when-where": fr\[0\]\.quote: "a déclaré le ministère jeudi" is not the French text at \d+–\d+/,
    ],
    [
      'an unknown kind',
      'kind.json',
      (draft: Draft) => {
        (draft.relations[findingIndex('outside-attention')] as { kind: string }).kind = 'maybe';
      },
      /^compare: kind\.json: finding "outside-attention": kind: "maybe" is not one of "match", "discrepancy", "only-fr", "only-en"$/,
    ],
    [
      'a missing field',
      'missing.json',
      (draft: Draft) => {
        delete (draft.relations[findingIndex('january-which-year')] as { note?: unknown }).note;
      },
      /^compare: missing\.json: finding "january-which-year": note: is missing/,
    ],
  ])('names the finding and the field of %s, in one line', async (_case, name, damage, pattern) => {
    const draft = shippedDraft();
    damage(draft);
    const file = writeWorkFile(name, JSON.stringify(draft, null, 2));
    expectOneLineFailure(await runCompare([file]), pattern);
  }, SPAWN_TIMEOUT);

  it.each([
    ['malformed JSON', 'malformed.json', '{ "format": "source-comparison/1", ', /^compare: malformed\.json: not valid JSON: /],
    ['an empty file', 'empty.json', '', /^compare: empty\.json: is empty$/],
    ['a binary file', 'picture.json', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^compare: picture\.json: is an image, not text; save it as plain text or Markdown$/],
    ['a file of NUL bytes', 'nul.json', Uint8Array.from([0x7b, 0, 0, 0x7d]), /^compare: nul\.json: is a binary file, not text$/],
    ['bytes that are not UTF-8', 'latin1.json', Uint8Array.from([...Buffer.from('{\n"name": "r'), 0xe9, ...Buffer.from('sum'), 0xe9, ...Buffer.from('"}\n')]), /^compare: latin1\.json: is not valid UTF-8 \(first bad byte on line 2\)/],
  ])('refuses %s in one line', async (_case, name, content, pattern) => {
    const file = writeWorkFile(name, content);
    expectOneLineFailure(await runCompare([file]), pattern);
  }, SPAWN_TIMEOUT);

  it('refuses a kind nested 100,000 deep in one line, exit 2, not as an internal error', async () => {
    const draft = JSON.stringify(shippedDraft()).replace(/"kind":"only-en"/, `"kind":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const file = writeWorkFile('deep.json', draft);
    expectOneLineFailure(await runCompare([file]), /^compare: deep\.json: finding "[^"]+": kind: a list of 1 is not one of "match"/);
  }, SPAWN_TIMEOUT);

  it('quotes a 200 kB kind cut short, in one line of a sane length', async () => {
    const draft = shippedDraft();
    (draft.relations[findingIndex('outside-attention')] as { kind: string }).kind = 'x'.repeat(200_000);
    const result = await runCompare([writeWorkFile('long.json', JSON.stringify(draft))]);
    expectOneLineFailure(result, /^compare: long\.json: finding "outside-attention": kind: "x{59}…" is not one of/);
    expect(result.stderr.length).toBeLessThan(300);
  }, SPAWN_TIMEOUT);

  it('shows the control characters of a file as escapes, in an error and in the summary, never raw', async () => {
    const controls = '\u001b]0;PWNED\u0007\u001b[2J\u009b8m\u202e\r';
    const bad = shippedDraft();
    (bad.relations[findingIndex('outside-attention')] as { kind: string }).kind = `kind${controls}`;
    const refused = await runCompare([writeWorkFile('controls.json', JSON.stringify(bad))]);
    expectOneLineFailure(refused, /kind: "kind\\u001b\]0;PWNED\\u0007\\u001b\[2J\\u009b8m\\u202e\\u000d" is not one of/);

    const good = shippedDraft();
    (good.relations[findingIndex('outside-attention')] as { note: { en: string } }).note.en = `Hidden${controls}text`;
    good['name'] = `miit${controls}`;
    const summary = await runCompare([writeWorkFile('controls-ok.json', JSON.stringify(good))]);
    expect(summary.status).toBe(0);
    expect(squeeze(summary.stdout)).toContain('Hidden\\u001b]0;PWNED\\u0007\\u001b[2J\\u009b8m\\u202e\\u000dtext');
    expect(summary.stdout).toContain('miit\\u001b]0;PWNED');
    // eslint-disable-next-line no-control-regex -- no control but line feed and tab may reach the terminal
    expect(summary.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  }, SPAWN_TIMEOUT);

  it('says so in one line when the file does not exist', async () => {
    expectOneLineFailure(await runCompare(['no-such-comparison.json']), /^compare: no-such-comparison\.json: no such file$/);
  }, SPAWN_TIMEOUT);
});

describe.concurrent('compare, usage and source pairs', () => {
  it.each([
    [['--format', 'xml'], /^compare: unknown format "xml"; the formats are summary, json, html, md, webannotation, tmx, csv$/],
    [['--colour'], /^compare: unknown option --colour; see --help$/],
  ])('refuses %j in one line', async (args, pattern) => {
    expectOneLineFailure(await runCompare(args), pattern);
  }, SPAWN_TIMEOUT);

  it('compares two source files automatically and prints the comparison file', async () => {
    const dir = join(work, 'pair');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    copyFileSync(join(ROOT, 'sources/miit-vpn/en.md'), join(dir, 'en.md'));
    const result = await runCompare(['pair/fr.md', 'pair/en.md', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const comparison = parseComparison(result.stdout);
    expect(comparison.name).toBe('pair');
    expect(comparison.relations.length).toBeGreaterThan(0);
    expect(comparison.relations.every((finding) => finding.origin === 'automatic' && finding.confidence !== null)).toBe(true);
    const chuanglian = comparison.relations.find((finding) => finding.fr.some((span) => span.quote.includes('Chuanglian VPN')));
    expect(chuanglian?.kind).toBe('only-fr');
  }, SPAWN_TIMEOUT);

  it('says in the summary how it read the two sources it compared, in the reader\'s language, and says nothing of it for a comparison file', async () => {
    const dir = join(work, 'read-as');
    mkdirSync(dir, { recursive: true });
    // A pair the project wrote as a translation: the same sentences, in the same order.
    writeFileSync(join(dir, 'fr.md'), '---\nlang: fr\n---\n\nLe conseil municipal a voté mardi un budget de 12 millions d’euros pour les écoles.\n\nSelon la police, 340 personnes ont manifesté devant la mairie.\n');
    writeFileSync(join(dir, 'en.md'), '---\nlang: en\n---\n\nOn Tuesday the city council voted a budget of 12 million euros for schools.\n\nAccording to the police, 340 people demonstrated in front of the town hall.\n');
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'miit-fr.md'));
    copyFileSync(join(ROOT, 'sources/miit-vpn/en.md'), join(dir, 'miit-en.md'));
    const [translation, accounts, accountsInFrench, file] = await Promise.all([
      runCompare(['read-as/fr.md', 'read-as/en.md']),
      runCompare(['read-as/miit-fr.md', 'read-as/miit-en.md']),
      runCompare(['read-as/miit-fr.md', 'read-as/miit-en.md', '--lang', 'fr']),
      runCompare([]),
    ]);
    expect(translation.stdout).toContain('Read as a translation: sentences aligned in order.');
    expect(accounts.stdout).toContain('Read as two accounts written apart: claims matched wherever they stand.');
    expect(accountsInFrench.stdout.replace(/\n +/g, ' ')).toContain('Lu comme deux récits écrits séparément\u00a0: les affirmations sont appariées où qu’elles se trouvent.');
    expect(file.status).toBe(0);
    expect(file.stdout).not.toMatch(/Read as/);
  }, SPAWN_TIMEOUT);

  it('takes the files in either order, as their front matter says which is French', async () => {
    const dir = join(work, 'swapped');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    copyFileSync(join(ROOT, 'sources/miit-vpn/en.md'), join(dir, 'en.md'));
    const result = await runCompare(['swapped/en.md', 'swapped/fr.md', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(parseComparison(result.stdout).sources.fr.title).toBe(SHIPPED.sources.fr.title);
  }, SPAWN_TIMEOUT);

  it.each([
    ['a missing side', 'missing', null, /^compare: missing\/en\.md: no such file$/],
    ['a binary side', 'binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^compare: binary\/en\.md: is an image, not text; save it as plain text or Markdown$/],
    // No NUL byte and no control character: only its signature tells it from text, as in the app.
    ['an all-ASCII PDF side', 'pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', /^compare: pdf\/en\.md: is a PDF document, not text; save it as plain text or Markdown$/],
    ['a side over 5 MB', 'huge', 'The ministry spoke. '.repeat(270_000), /^compare: huge\/en\.md: .*5 MB/],
  ])('refuses %s of a pair in one line, exit 2', async (_case, folder, content, pattern) => {
    const dir = join(work, folder);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    if (content !== null) writeFileSync(join(dir, 'en.md'), content);
    expectOneLineFailure(await runCompare([`${folder}/fr.md`, `${folder}/en.md`]), pattern);
  }, SPAWN_TIMEOUT);

  it('refuses a side with front matter but no text to compare', async () => {
    const dir = join(work, 'empty-side');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    writeFileSync(join(dir, 'en.md'), '---\nlang: en\ntitle: Nothing here\n---\n\n');
    expectOneLineFailure(await runCompare(['empty-side/fr.md', 'empty-side/en.md']), /^compare: empty-side\/en\.md: has no text to compare/);
  }, SPAWN_TIMEOUT);

  it('reports what is wrong with the source files before anything else', async () => {
    const dir = join(work, 'bad-pair');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    writeFileSync(join(dir, 'en.md'), '');
    expectOneLineFailure(await runCompare(['bad-pair/fr.md', 'bad-pair/en.md']), /^compare: bad-pair\/en\.md: is empty$/);
  }, SPAWN_TIMEOUT);
});

describe.concurrent('compare, errors in the reader’s language', () => {
  const FRENCH_LOCALE = { LANG: 'fr_FR.UTF-8' };
  const NBSP = '\u00a0';

  /** A bad-input failure in French: one line, exit 2, the house's typography, no English line start. */
  function expectFrenchFailure(result: RunResult, expected: string | RegExp): void {
    expectOneLineFailure(result, typeof expected === 'string' ? new RegExp(`^${escapeRegExp(expected)}$`) : expected);
    expect(result.stderr).toMatch(new RegExp(`^compare${NBSP}: `));
  }

  it('speaks French in a French locale, with a no-break space before the colon and « » around the value', async () => {
    expectFrenchFailure(
      await runCompare(['--format', 'xml'], FRENCH_LOCALE),
      `compare${NBSP}: format inconnu «${NBSP}xml${NBSP}»${NBSP}; les formats sont summary, json, html, md, webannotation, tmx, csv`,
    );
  }, SPAWN_TIMEOUT);

  it('speaks French with --lang fr in an English locale, even when the mistake comes before it', async () => {
    expectFrenchFailure(await runCompare(['--lang', 'fr', 'absent.json'], { LANG: 'en_GB.UTF-8' }), `compare${NBSP}: absent.json${NBSP}: fichier introuvable`);
    expectFrenchFailure(await runCompare(['--colour', '--lang', 'fr'], { LANG: 'en_GB.UTF-8' }), `compare${NBSP}: option inconnue --colour${NBSP}; voir --help`);
  }, SPAWN_TIMEOUT);

  it.each([
    ['--lang en in a French locale', ['--lang', 'en'], FRENCH_LOCALE],
    ['LC_ALL over LANG', [], { LC_ALL: 'C.UTF-8', LANG: 'fr_FR.UTF-8' }],
    ['no locale at all', [], {}],
  ])('speaks English with %s', async (_case, args, env) => {
    expectOneLineFailure(await runCompare([...args, 'absent.json'], env), /^compare: absent\.json: no such file$/);
  }, SPAWN_TIMEOUT);

  it('takes LC_MESSAGES over LANG', async () => {
    expectFrenchFailure(await runCompare(['absent.json'], { LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }), `compare${NBSP}: absent.json${NBSP}: fichier introuvable`);
  }, SPAWN_TIMEOUT);

  it('words a problem of a comparison file in French, with the core’s details in English', async () => {
    const draft = shippedDraft();
    (draft.relations[findingIndex('outside-attention')] as { kind: string }).kind = 'maybe';
    expectFrenchFailure(
      await runCompare(['--lang', 'fr', writeWorkFile('kind-fr.json', JSON.stringify(draft))]),
      `compare${NBSP}: kind-fr.json${NBSP}: constat «${NBSP}outside-attention${NBSP}»${NBSP}: kind${NBSP}: la valeur n’est pas autorisée (en anglais${NBSP}: "maybe" is not one of "match", "discrepancy", "only-fr", "only-en")`,
    );
  }, SPAWN_TIMEOUT);

  it('refuses a PDF side in French', async () => {
    const dir = join(work, 'pdf-fr');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    writeFileSync(join(dir, 'en.md'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    expectFrenchFailure(
      await runCompare(['pdf-fr/fr.md', 'pdf-fr/en.md'], FRENCH_LOCALE),
      `compare${NBSP}: pdf-fr/en.md${NBSP}: est un document PDF, pas du texte${NBSP}; enregistrez son contenu en texte brut ou en Markdown`,
    );
  }, SPAWN_TIMEOUT);

  it('says in French that the front matter of a source cannot be read, with the core’s details in English', async () => {
    const dir = join(work, 'front-fr');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'fr.md'));
    writeFileSync(join(dir, 'en.md'), '---\nlang: de\n---\n\nThe ministry spoke on Wednesday.\n');
    expectFrenchFailure(
      await runCompare(['front-fr/fr.md', 'front-fr/en.md'], FRENCH_LOCALE),
      `compare${NBSP}: front-fr/en.md${NBSP}: l’en-tête (front matter) ne peut pas être lu (en anglais${NBSP}: front matter: "lang" must be "fr" or "en")`,
    );
  }, SPAWN_TIMEOUT);

  it('says in French that two sources are in the same language', async () => {
    const dir = join(work, 'same-fr');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'a.md'));
    copyFileSync(join(ROOT, 'sources/miit-vpn/fr.md'), join(dir, 'b.md'));
    expectFrenchFailure(
      await runCompare(['same-fr/a.md', 'same-fr/b.md'], FRENCH_LOCALE),
      `compare${NBSP}: same-fr/a.md et same-fr/b.md sont tous deux en français${NBSP}; donnez un fichier français et un fichier anglais`,
    );
  }, SPAWN_TIMEOUT);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
