'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { assert } = require('./lib/harness');
const {
  loginThroughForm,
  hasNavLink,
  dismissBanners,
  screenshotWholePage,
} = require('./lib/admin-ui');

const PAGE_PATH = '/admin/plugins/campaign-tally';

const numberIn = async (locator) => Number((await locator.innerText()).replace(/[^\d]/g, ''));

/** Reads a finished download into a Buffer. */
async function downloadBy(page, button) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    button.click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), body: fs.readFileSync(file) };
}

/** The super admin's walk through the homepage widget and the tally page. */
async function runTallyPageSteps({
  test,
  page,
  context,
  baseUrl,
  admin,
  campaign,
  screenshotsDir,
}) {
  await test('super admin logs in through the form', () => loginThroughForm(page, baseUrl, admin));

  const afterLogin = { dependsOn: ['super admin logs in through the form'] };

  await test(
    'homepage widget lists the demo campaign with its totals',
    async () => {
      await page.goto(`${baseUrl}/admin`, { waitUntil: 'domcontentloaded' });
      const widget = page.locator('[data-testid="tally-widget"]');
      await widget.waitFor({ timeout: 60_000 });
      await widget.getByText(campaign.name).first().waitFor();
      const text = await widget.innerText();
      assert(
        new RegExp(`${campaign.totals.articles}\\s*主题稿件`).test(text),
        `widget shows no article total: ${text}`
      );
      await dismissBanners(page);
      await page.waitForTimeout(500);
      // The homepage's card around the widget: its title, link and content.
      const card = widget.locator(
        'xpath=ancestor::*[.//*[normalize-space(text())="专项活动发布统计"]][1]'
      );
      await card.scrollIntoViewIfNeeded();
      const box = await card.boundingBox();
      assert(box, 'the widget card has no box');
      const pad = 12;
      await page.screenshot({
        path: path.join(screenshotsDir, 'homepage-widget.png'),
        clip: {
          x: box.x - pad,
          y: box.y - pad,
          width: box.width + 2 * pad,
          height: box.height + 2 * pad,
        },
      });
    },
    afterLogin
  );

  await test(
    'the widget links to the page with its campaign chosen',
    async () => {
      await Promise.all([
        page.waitForURL(
          (url) => url.pathname === PAGE_PATH && url.searchParams.get('campaign') === campaign.slug,
          { waitUntil: 'commit' }
        ),
        page.locator('[data-testid="tally-widget"] a').first().click(),
      ]);
      await page.locator('[data-testid="tally-total-articles-value"]').waitFor({ timeout: 60_000 });
    },
    { dependsOn: ['homepage widget lists the demo campaign with its totals'] }
  );

  await test(
    'the menu shows the tally page to the super admin',
    async () => {
      assert(await hasNavLink(page, PAGE_PATH), `no nav link to ${PAGE_PATH}`);
    },
    afterLogin
  );

  await test(
    'the page preselects the demo campaign and shows its numbers',
    async () => {
      await page.goto(`${baseUrl}${PAGE_PATH}`, { waitUntil: 'domcontentloaded' });
      const articles = page.locator('[data-testid="tally-total-articles-value"]');
      await articles.waitFor({ timeout: 60_000 });
      const articleCount = await numberIn(articles);
      assert(
        articleCount >= 71 && articleCount <= 79,
        `articles = ${articleCount}, expected 71–79`
      );
      const episodes = await numberIn(page.locator('[data-testid="tally-total-episodes-value"]'));
      assert(episodes === 2, `episodes = ${episodes}, expected 2`);
      const pledged = await page.locator('[data-testid="tally-departments-pledged"]').innerText();
      assert(
        /\b30\s*\/\s*\d+/.test(pledged),
        `departments pledged reads "${pledged}", expected 30 / N`
      );
      const pledges = await numberIn(page.locator('[data-testid="tally-total-pledges-value"]'));
      assert(pledges === 30, `pledges = ${pledges}, expected 30`);
    },
    afterLogin
  );

  const pageLoaded = { dependsOn: ['the page preselects the demo campaign and shows its numbers'] };

  await test(
    'charts, tables and the summary paragraph render',
    async () => {
      await page
        .locator('[data-testid="tally-period-chart"] .recharts-bar-rectangle')
        .first()
        .waitFor({ timeout: 30_000 });
      await page
        .locator('[data-testid="tally-breakdown-chart"] .recharts-bar-rectangle')
        .first()
        .waitFor();
      const rows = await page.locator('[data-testid="tally-rows-table"] tbody tr').count();
      assert(rows > 0, 'the tally rows table is empty');
      const departments = await page
        .locator('[data-testid="tally-coverage-table"] tbody tr')
        .count();
      assert(departments >= 30, `coverage lists ${departments} departments, expected at least 30`);
      const missing = await page
        .locator('[data-testid="tally-coverage-table"] tr[data-missing]')
        .count();
      const badges = await page
        .locator('[data-testid="tally-coverage-table"]')
        .getByText('未发布', { exact: true })
        .count();
      assert(missing === badges, `${missing} zero rows but ${badges} "未发布" badges`);
      const summary = await page.locator('[data-testid="tally-summary-text"]').innerText();
      assert(
        /[\u4e00-\u9fff]/.test(summary) && /\d/.test(summary),
        `summary paragraph looks wrong: ${summary}`
      );
      assert(
        (await page.locator('[data-testid="tally-error"]').count()) === 0,
        'an error alert is shown'
      );
      await page.waitForTimeout(800); // recharts animates its bars in
      await screenshotWholePage(page, path.join(screenshotsDir, 'tally-page.png'));
    },
    pageLoaded
  );

  await test(
    'the copy button puts the summary on the clipboard',
    async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.getByRole('button', { name: '复制' }).click();
      await page.getByText('总结段落已复制到剪贴板').first().waitFor({ timeout: 10_000 });
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = await page.locator('[data-testid="tally-summary-text"]').innerText();
      assert(copied.trim() === shown.trim(), 'clipboard text differs from the summary');
    },
    pageLoaded
  );

  await test(
    'changing the period refetches the tally by week',
    async () => {
      await page.getByRole('combobox', { name: '时段粒度' }).click();
      const [response] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().includes('/campaign-tally/tallies') && r.url().includes('period=week'),
          {
            timeout: 30_000,
          }
        ),
        page.getByRole('option', { name: '按周' }).click(),
      ]);
      assert(response.status() === 200, `tallies by week gave ${response.status()}`);
      const body = await response.json();
      assert(body.data.params.period === 'week', `server echoed period ${body.data.params.period}`);
      await page
        .locator('[data-testid="tally-period-chart"] .recharts-bar-rectangle')
        .first()
        .waitFor({ timeout: 30_000 });
      const subtitle = await page.getByText('按周 · 按首次发布时间归属时段').count();
      assert(subtitle === 1, 'the period chart does not say it is by week');
    },
    pageLoaded
  );

  await test(
    'CSV export downloads a UTF-8 file with a BOM and Chinese headers',
    async () => {
      const { name, body } = await downloadBy(
        page,
        page.locator('[data-testid="tally-export-csv"]')
      );
      assert(name.endsWith('.csv') && name.includes(campaign.slug), `file name "${name}"`);
      assert(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf, 'no UTF-8 BOM');
      const header = body.subarray(3).toString('utf8').split(/\r?\n/)[0];
      assert(/[\u4e00-\u9fff]/.test(header), `CSV header has no Chinese: ${header}`);
    },
    pageLoaded
  );

  await test(
    'XLSX export downloads a zip',
    async () => {
      const { name, body } = await downloadBy(
        page,
        page.locator('[data-testid="tally-export-xlsx"]')
      );
      assert(name.endsWith('.xlsx') && name.includes(campaign.slug), `file name "${name}"`);
      assert(body.subarray(0, 2).toString('latin1') === 'PK', 'XLSX does not start with PK');
    },
    pageLoaded
  );

  await test(
    'JSON export downloads the tally with its rule',
    async () => {
      const { name, body } = await downloadBy(
        page,
        page.locator('[data-testid="tally-export-json"]')
      );
      assert(name.endsWith('.json') && name.includes(campaign.slug), `file name "${name}"`);
      const json = JSON.parse(body.toString('utf8'));
      const doc = json.data ?? json;
      assert(typeof doc.rule === 'string' && doc.rule.length > 0, 'JSON export carries no rule');
      assert(doc.params && doc.params.period === 'week', 'JSON export ignores the chosen period');
    },
    pageLoaded
  );
}

module.exports = { runTallyPageSteps, PAGE_PATH };
