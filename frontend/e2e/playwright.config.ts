import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the video generator
import { CHROMIUM_ARGS, CHROMIUM_PATH, fakeCameraArgs } from './chromium.mjs';

/** Browser journeys against a running system: see e2e/run.mjs (npm run e2e) for the parameters. */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: './playwright-report', open: 'never' }]],
  use: {
    baseURL: process.env.E2E_BASE_URL || 'http://localhost:8080',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'en-GB',
    permissions: ['camera', 'clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, ...fakeCameraArgs(process.env.E2E_FAKE_VIDEO)],
    },
  },
  projects: [{ name: 'phone' }],
});
