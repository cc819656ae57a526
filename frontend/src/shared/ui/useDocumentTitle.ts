import { useEffect } from 'react';

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · AI-Fashion` : 'AI-Fashion';
  }, [title]);
}
