import { useCallback } from 'react';
import { browser } from 'wxt/browser';

/** Opens the extension's options page (the profile form) in a tab. */
export function useOpenOptions(): () => void {
  return useCallback(() => {
    browser.runtime.openOptionsPage().catch(() => {
      window.open(browser.runtime.getURL('/options.html'), '_blank');
    });
  }, []);
}
