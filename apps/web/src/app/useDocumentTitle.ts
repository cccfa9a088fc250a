import { useEffect } from 'react';

/** Every page names itself in the browser tab (and for screen readers): "<page> - Loket". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} - Loket` : 'Loket';
  }, [title]);
}
