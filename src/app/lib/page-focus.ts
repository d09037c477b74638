/**
 * Moves focus to the new page's heading, as a full page load would reset it, so that a screen
 * reader announces the page and the next Tab reaches its first control.
 */
export function focusPageHeading(): void {
  document.querySelector<HTMLElement>('main h1')?.focus();
}
