import { useEffect, type RefObject } from 'react';

/**
 * Opens the `<dialog>` in `ref` as a modal while the component is mounted, and on unmount closes it
 * and gives focus back to where it was when the dialog opened. The native modal traps focus and
 * closes on Escape. `firstFocus`, when given, takes focus once the dialog is open, so that the first
 * stop is the same in every browser.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, firstFocus?: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (!dialog) return;
    // jsdom has no showModal; there the dialog is simply shown open.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    firstFocus?.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
    // Opened once, on mount: the refs are stable.
  }, [ref, firstFocus]);
}
