'use strict';

/**
 * Browser tests of the campaign-tally admin: builds the admin once, starts the built app on a
 * fresh SQLite file (development mode, so the dev admin and the demo seed exist), then drives
 * Debian's chromium through the page, the widget, the exports and the Editor's view.
 *
 *   npm run test:browser                       build, start on :1338, test
 *   BROWSER_TEST_SKIP_BUILD=1 npm run test:browser   reuse dist/build from an earlier build
 *
 * Prints "N passed, M failed" last and exits non-zero when anything failed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { createHarness, assert } = require('./lib/harness');
const { createAdminApi } = require('./lib/admin-api');
const { launchBrowser } = require('./lib/chromium');
const { APP_DIR, buildAdmin, startStrapi, waitForHealth } = require('./lib/strapi-server');
const { runTallyPageSteps } = require('./tally-page.steps');
const { runEditorGatingSteps } = require('./editor-gating.steps');
const { runPageStateSteps } = require('./page-states.steps');

const PORT = Number(process.env.BROWSER_TEST_PORT || 1338);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const ADMIN = {
  email: process.env.ADMIN_EMAIL || 'admin@zhangdian.local',
  password: process.env.ADMIN_PASSWORD || 'Zhangdian2024',
};
const SCREENSHOTS_DIR = path.join(APP_DIR, 'docs/screenshots');

async function main() {
  const { test, summary } = createHarness();
  let server;
  let browser;
  try {
    const built = await test('admin builds', async () => {
      const skip =
        process.env.BROWSER_TEST_SKIP_BUILD === '1' &&
        fs.existsSync(path.join(APP_DIR, 'dist/build/index.html'));
      if (!skip) buildAdmin();
    });
    if (!built) return summary();

    server = startStrapi({ port: PORT, adminEmail: ADMIN.email, adminPassword: ADMIN.password });
    console.log(
      `  … strapi start on ${BASE_URL}, log in ${path.relative(APP_DIR, server.logFile)}`
    );
    const up = await test('app starts and answers /_health', () =>
      waitForHealth(BASE_URL, server.child));
    if (!up) return summary();

    const api = createAdminApi(BASE_URL);
    let adminToken;
    let campaign;
    const ready =
      await test('the demo campaign is listed by GET /campaign-tally/campaigns', async () => {
        adminToken = await api.login(ADMIN.email, ADMIN.password);
        const res = await api.call('GET', '/campaign-tally/campaigns', { token: adminToken });
        assert(
          res.status === 200,
          `GET /campaign-tally/campaigns gave ${res.status}: ${res.text.slice(0, 300)}`
        );
        assert(
          res.json.data.length === 1,
          `expected the demo campaign only, got ${res.json.data.length}`
        );
        campaign = res.json.data[0];
      });

    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    if (ready) {
      await runTallyPageSteps({
        test,
        page,
        context: browser.context,
        baseUrl: BASE_URL,
        admin: ADMIN,
        campaign,
        screenshotsDir: SCREENSHOTS_DIR,
      });
      await runPageStateSteps({ test, page, baseUrl: BASE_URL });
    }
    if (adminToken) await runEditorGatingSteps({ test, api, adminToken, baseUrl: BASE_URL });
    return summary();
  } finally {
    if (browser) await browser.close();
    if (server) await server.stop();
  }
}

main()
  .catch((error) => {
    console.error(error);
    return { passed: 0, failed: 1 };
  })
  .then(({ passed, failed }) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  });
