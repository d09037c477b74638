import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';

/** Space presses a button, so it follows a link drawn as one too; held down, it follows it once. */
function followOnSpace(event: KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== ' ') return;
  event.preventDefault();
  if (!event.repeat) event.currentTarget.click();
}

interface LinkButtonProps {
  href: string;
  /** Added to "button", e.g. "button--start". */
  modifier?: string;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
}

/**
 * A link that looks like a button and, like NHS.UK frontend's link button, answers Space as a button
 * does. It stays a real link, so it can be middle-clicked or opened in a new tab.
 */
export function LinkButton({ href, modifier, onClick, children }: LinkButtonProps) {
  return (
    <a
      className={modifier ? `button ${modifier}` : 'button'}
      href={href}
      draggable={false}
      onClick={onClick}
      onKeyDown={followOnSpace}
    >
      {children}
    </a>
  );
}
