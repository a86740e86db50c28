import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadNlp } from '@/lib/nlp/engine';

// Pages load compromise lazily; tests want the full tagger from the start.
await loadNlp();

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
