import { vi } from 'vitest';

// Runs first in every test file of a project whose worker runs many files (vitest.config.ts):
// each file gets our modules fresh, so module-level state (the loaded NLP engine, caches) does
// not leak from one file to the next.
vi.resetModules();
// The fake extension APIs are inlined, so this is a new one for this file: a test that replaces
// one of its methods (tabs.sendMessage, windows.getCurrent) does not leave it to the next file.
const { fakeBrowser } = await import('wxt/testing/fake-browser');
vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
