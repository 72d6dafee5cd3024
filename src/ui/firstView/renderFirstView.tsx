/**
 * The first view of a comparison as HTML, drawn by the app's own components when the app is built
 * (scripts/firstViewSnapshot.ts), for the page to show before its script has run (showFirstView.js).
 * It is what the browser's first render of the same address draws: the same Root, the same
 * Workbench, the same words. Never part of the browser's bundle.
 */
import { renderToString } from 'react-dom/server';
import type { Comparison } from '../../core/model/index';
import { createI18n, type UiLang } from '../../i18n/i18n';
import { Root } from '../Root';
import { Workbench } from '../Workbench';

/** The first view of `comparison` in `lang`, as the markup React would draw in #root. */
export async function renderFirstView(comparison: Comparison, lang: UiLang): Promise<string> {
  const i18n = await createI18n();
  await i18n.changeLanguage(lang);
  return renderToString(
    <Root i18n={i18n}>
      <Workbench initial={comparison} />
    </Root>,
  );
}
