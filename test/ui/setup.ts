/**
 * Runs before every UI test file. Vitest does not expose globals here, so Testing Library cannot
 * clean up by itself; each test also starts from a bare address and an empty storage, as a first
 * visit would.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// What a test waits for (findBy…, waitFor) often comes with a lazily loaded part of the app, which
// the first test to ask for it waits for Vite to transform: a second or two alone, over 10 s on a
// busy 2-core machine (an own comparison's editing tools). Testing Library's default of 1 s fails
// tests that are right; a wait still ends as soon as what it waits for is there.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
});
