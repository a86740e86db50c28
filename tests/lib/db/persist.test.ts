import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistenceStatus, requestPersistence } from '../../../lib/db/persist';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistent storage', () => {
  it('reports granted and not granted', async () => {
    vi.stubGlobal('navigator', {
      storage: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) },
    });
    expect(await persistenceStatus()).toBe('not-persisted');
    expect(await requestPersistence()).toBe('persisted');
  });

  it('says unsupported when the browser has no storage manager', async () => {
    vi.stubGlobal('navigator', {});
    expect(await persistenceStatus()).toBe('unsupported');
    expect(await requestPersistence()).toBe('unsupported');
  });
});
