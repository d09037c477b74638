import { useCallback, useState } from 'react';

/**
 * The notice that the browser will not store the answers, told once: on the page where it is found
 * out and on the next one (an answer is stored as Continue moves on, so the first page may be the
 * one being left), then not again.
 */
export function useStorageNotice(href: string): [showing: boolean, tell: () => void] {
  const [pages, setPages] = useState<{ found: string; next?: string }>();
  const tell = useCallback(() => setPages((known) => known ?? { found: href }), [href]);
  // The page after the one it was found on, noted as the page changes (React's "adjusting state
  // while rendering": no extra effect and commit).
  if (pages && !pages.next && href !== pages.found) setPages({ ...pages, next: href });
  return [pages !== undefined && (href === pages.found || href === pages.next), tell];
}
