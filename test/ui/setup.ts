/**
 * Runs before every UI test file. Vitest does not expose globals here, so Testing Library cannot
 * clean up by itself; each test also starts from a bare address and an empty storage, as a first
 * visit would.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
});
