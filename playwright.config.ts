import { defineConfig } from '@playwright/test';

// Each test starts its own persistent Chromium with the built extension; 2 cores, so one at a time.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 45_000,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
});
