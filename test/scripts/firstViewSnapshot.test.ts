import { describe, expect, it } from 'vitest';
import { SNAPSHOT_KEYS } from '../../scripts/firstViewSnapshot';
import { LANG_STORAGE_KEY } from '../../src/i18n/uiLang';
import { MODE_STORAGE_KEY } from '../../src/ui/readingMode';

describe('firstViewSnapshot', () => {
  it("hands the page's script the keys the app keeps the reader's language and reading mode under", () => {
    expect(SNAPSHOT_KEYS).toEqual({ langKey: LANG_STORAGE_KEY, modeKey: MODE_STORAGE_KEY });
  });
});
