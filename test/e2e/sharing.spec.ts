/**
 * A link to a comparison of someone's library, opened in another browser: the library lives in the
 * browser that made the comparison, so this one cannot open it. The reader who followed the link
 * is told so at once, at the top of the page, in words meant for them, and offered what to do; the
 * address keeps naming the comparison, and no other comparison passes for it.
 */
import { readFileSync } from 'node:fs';
import { LANGS, expect, expectAccessible, test, withParam } from './journey';

const WORDS = {
  en: {
    title: 'The comparison this link opens is not in this browser',
    ask: 'Ask whoever sent you the link for the comparison file',
    open: 'Open a comparison',
    readShipped: 'Read the example comparison instead',
    texts: 'The two texts, aligned paragraph by paragraph',
  },
  fr: {
    title: "La comparaison que ce lien ouvre n'est pas dans ce navigateur",
    ask: 'Demandez le fichier de la comparaison à la personne qui vous a envoyé le lien',
    open: 'Ouvrir une comparaison',
    readShipped: "Lire plutôt la comparaison d'exemple",
    texts: 'Les deux textes, alignés paragraphe par paragraphe',
  },
} as const;

// A colleague's comparison: the shipped one under the name they gave it.
const THEIRS = readFileSync(new URL('../../sources/miit-vpn/comparison.json', import.meta.url), 'utf8').replace('"name": "miit-vpn",', '"name": "from-a-colleague",');

for (const lang of LANGS) {
  test(`a link to a comparison kept in another browser says so at once, and what to do (${lang})`, async ({ page }) => {
    const words = WORDS[lang];
    const link = `/?lang=${lang}&c=3f2a9c1e-made-in-another-browser`;

    await test.step('the notice is at the top, for the reader who opened the link; nothing else passes for the comparison', async () => {
      await page.goto(link);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: words.title })).toBeVisible();
      await expect(alert).toContainText(words.ask);
      // In the first screenful, right under the header.
      const box = await alert.boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(300);
      await expect(page.getByRole('region', { name: words.texts })).toHaveCount(0);
      await expect(page).toHaveURL(withParam('c', '3f2a9c1e-made-in-another-browser'));
      await expectAccessible(page, `a link this browser cannot serve (${lang})`);
    });

    await test.step('the example comparison is one press away, and the address then stops naming the other', async () => {
      await page.getByRole('alert').getByRole('button', { name: words.readShipped }).click();
      await expect(page.getByRole('region', { name: words.texts })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(new URL(page.url()).searchParams.get('c')).toBeNull();
    });

    await test.step('the file the sender gives opens from the notice', async () => {
      await page.goto(link);
      await page
        .getByRole('alert')
        .getByLabel(words.open)
        .setInputFiles({ name: 'from-the-sender.json', mimeType: 'application/json', buffer: Buffer.from(THEIRS) });
      await expect(page.getByRole('region', { name: words.texts })).toBeVisible();
      await expect(page.getByRole('heading', { name: /from-a-colleague$/ })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(new URL(page.url()).searchParams.get('c')).not.toBe('3f2a9c1e-made-in-another-browser');
    });
  });
}
