import { useCallback, useEffect, useState } from 'react';

/**
 * The notice that the browser will not store the answers, told once: on the page where it is found
 * out and on the next one (an answer is stored as Continue moves on, so the first page may be the
 * one being left), then not again.
 */
export function useStorageNotice(href: string): [showing: boolean, tell: () => void] {
  const [pages, setPages] = useState<{ found: string; next?: string }>();
  const tell = useCallback(() => setPages((known) => known ?? { found: href }), [href]);
  useEffect(() => {
    setPages((known) => (known && !known.next && href !== known.found ? { ...known, next: href } : known));
  }, [href]);
  return [pages !== undefined && (href === pages.found || href === pages.next), tell];
}
