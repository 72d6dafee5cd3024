/**
 * Types the interface's keys: `t('relation.kind.match')` compiles, a misspelt key does not. The
 * English files are the reference; a test checks that the French ones have exactly the same keys.
 */
import 'i18next';
import type enCommon from './locales/en/common.json';
import type enCompare from './locales/en/compare.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof enCommon;
      compare: typeof enCompare;
    };
    strictKeyChecks: true;
  }
}
