import { defineConfig } from '@playwright/test';

// One worker: enterprise policy is one file per machine, and two browsers would race for it.
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: process.env.MARUHI_PW_REPORTER ? [['list'], ['json', { outputFile: process.env.MARUHI_PW_REPORTER }]] : 'list',
  outputDir: 'test-results',
});
