import { useEffect } from 'react';

export const SERVICE_NAME = 'Upper back pain checker';

/** Names the browser tab after the page, with "Error: " first while the page shows an error (GOV.UK pattern). */
export function usePageTitle(page: string, hasError = false): void {
  const title = `${hasError ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
