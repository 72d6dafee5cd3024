/** The first view's words in French, one chunk for both namespaces: one request, not one a namespace (see i18n.ts). */
import common from './locales/fr/common.json';
import compare from './locales/fr/compare.json';

export const words = { common, compare };
