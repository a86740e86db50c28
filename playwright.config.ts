import { defineConfig } from '@playwright/test';

// Each test starts its own persistent Chromium (a fresh profile) with the built extension. Much
// of a test is that start-up and waiting on pages, and web-ext lint (release.spec.ts) is one long
// process: two workers overlap them on 2 cores (a file's tests still run one after another).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  timeout: 45_000,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
});
