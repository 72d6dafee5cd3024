import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFirstViewHandover } from '../../../src/ui/firstView/useFirstViewHandover';

function HandsOver() {
  useFirstViewHandover();
  return <p>the app</p>;
}

describe('useFirstViewHandover', () => {
  afterEach(() => document.getElementById('root')?.remove());

  it("lets the reader into a #root that showed the build's snapshot, once the app has drawn", () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.setAttribute('inert', '');
    root.setAttribute('aria-hidden', 'true');
    root.dataset['firstView'] = 'fr';
    document.body.append(root);

    render(<HandsOver />, { container: root });

    expect(root.hasAttribute('inert')).toBe(false);
    expect(root.hasAttribute('aria-hidden')).toBe(false);
    expect(root.dataset['firstView']).toBeUndefined();
  });

  it('leaves alone a page that showed no snapshot', () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.setAttribute('aria-hidden', 'false');
    document.body.append(root);

    render(<HandsOver />, { container: root });

    expect(root.getAttribute('aria-hidden')).toBe('false');
  });
});
