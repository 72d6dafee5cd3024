/** The first view's words in English, one chunk for both namespaces: one request, not one a namespace (see i18n.ts). */
import common from './locales/en/common.json';
import compare from './locales/en/compare.json';

export const words = { common, compare };
