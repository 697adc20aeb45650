'use strict';

const { assert } = require('./lib/harness');
const { PAGE_PATH } = require('./tally-page.steps');

/**
 * The page's empty and error states, forced by answering its requests in the browser: the real
 * server has the demo campaign and never fails on good input.
 */
async function runPageStateSteps({ test, page, baseUrl }) {
  const afterPage = { dependsOn: ['the page preselects the demo campaign and shows its numbers'] };

  await test(
    'with no campaigns the page shows its empty state',
    async () => {
      const handler = (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"data":[]}' });
      await page.route('**/campaign-tally/campaigns', handler);
      try {
        await page.goto(`${baseUrl}${PAGE_PATH}`, { waitUntil: 'domcontentloaded' });
        await page.getByText('还没有已发布的专项活动').waitFor({ timeout: 30_000 });
        assert(
          (await page.locator('[data-testid="tally-total-articles-value"]').count()) === 0,
          'totals shown'
        );
      } finally {
        await page.unroute('**/campaign-tally/campaigns', handler);
      }
    },
    afterPage
  );

  await test(
    'a failed tally shows an error alert whose retry recovers',
    async () => {
      const handler = (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            error: { status: 500, name: 'InternalServerError', message: '模拟的服务器错误' },
          }),
        });
      await page.route('**/campaign-tally/tallies?**', handler);
      await page.goto(`${baseUrl}${PAGE_PATH}`, { waitUntil: 'domcontentloaded' });
      const alert = page.locator('[data-testid="tally-error"]').first();
      await alert.waitFor({ timeout: 30_000 });
      assert(
        (await alert.innerText()).includes('模拟的服务器错误'),
        'the alert does not carry the server message'
      );
      await page.unroute('**/campaign-tally/tallies?**', handler);
      await alert.getByRole('button', { name: '重试' }).click();
      await page.locator('[data-testid="tally-total-articles-value"]').waitFor({ timeout: 30_000 });
    },
    afterPage
  );
}

module.exports = { runPageStateSteps };
