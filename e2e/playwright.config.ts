import { defineConfig } from '@playwright/test';

/**
 * Runs against a started Stratus app (BASE_URL, default http://localhost:8080) with the system
 * Chromium: no browser is downloaded. CHROMIUM_PATH overrides where it lives.
 */
export default defineConfig({
  testDir: './tests',
  // The flows build on each other's data (a product, then orders of it): one worker, in order.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // A flaky test is a bug to fix, not to retry: a retry in CI hid them.
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:8080',
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
