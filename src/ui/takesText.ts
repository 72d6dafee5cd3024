/**
 * Whether a key pressed on `target` is typing: text fields and editable content take letters and
 * have their own undo, so the page's shortcuts (j and k, Ctrl+Z) leave them alone. Checkboxes,
 * radios and buttons take no text: a key pressed on them is a shortcut.
 */
export function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
