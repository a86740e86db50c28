import type { BrowserContext, Worker } from '@playwright/test';

/**
 * The slice of the `chrome` API that tests call inside the service worker (`sw.evaluate`).
 * Declared here because the project has no @types/chrome. Callbacks passed to `evaluate` are
 * serialised, so each one reaches the API itself: `(globalThis as unknown as WithChrome).chrome`.
 */
export interface WithChrome {
  chrome: {
    tabs: {
      query(query: object): Promise<Array<{ id?: number }>>;
    };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    runtime: {
      onMessage: {
        addListener(listener: (message: unknown, sender: { tab?: { id?: number } }) => void): void;
      };
    };
    storage: { session: { get(key: string | null): Promise<Record<string, unknown>> } };
  };
}

/** What the page objects need from the test fixtures. */
export interface Extension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}
