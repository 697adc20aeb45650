import path from 'path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './lib/chromium';
import { BASE_URL } from './lib/server-env';

/**
 * Browser tests of the admin on Playwright's runner, with Debian's chromium (never a downloaded
 * browser). One built app serves every test (global-setup.ts builds the admin and starts it on a
 * fresh SQLite file without the demo seed); each test seeds what it needs. One worker: the tests
 * share that server, and the machine has two cores.
 *
 *   npm run test:browser                              build, start, test
 *   BROWSER_TEST_SKIP_BUILD=1 npm run test:browser    reuse dist/build from an earlier build
 *   npm run screenshots                               refresh docs/screenshots
 */
export default defineConfig({
  testDir: path.join(__dirname, 'specs'),
  outputDir: path.join(__dirname, '../../.tmp/playwright'),
  globalSetup: path.join(__dirname, 'global-setup.ts'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], [path.join(__dirname, 'lib/summary-reporter.ts')]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
    // Headless comes from --headless=new in the args, so Playwright must not add its own flag.
    headless: false,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
