/**
 * Types the interface's keys: `t('findingKind.match')` compiles, a misspelt key does not. The
 * English files are the reference; a test checks that the French ones have exactly the same keys.
 */
import 'i18next';
import type enCommon from './locales/en/common.json';
import type enCompare from './locales/en/compare.json';
import type enEditing from './locales/en/editing.json';
import type enIntake from './locales/en/intake.json';
import type enLibrary from './locales/en/library.json';
import type enWording from './locales/en/wording.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof enCommon;
      compare: typeof enCompare;
      intake: typeof enIntake;
      editing: typeof enEditing;
      library: typeof enLibrary;
      wording: typeof enWording;
    };
    strictKeyChecks: true;
  }
}
