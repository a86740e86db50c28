import { useCallback } from 'react';

/** Copies text to the clipboard; rejects when the page may not write to it. */
export function useClipboard(): (text: string) => Promise<void> {
  return useCallback((text: string) => navigator.clipboard.writeText(text), []);
}
