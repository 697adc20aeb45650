/// <reference lib="dom" />
import fs from 'fs';
import path from 'path';
import type { Locator, Page } from '@playwright/test';
import { call } from '../lib/admin-api';
import { hasNavLink, screenshotWholePage } from '../lib/admin-ui';
import { expect, test } from '../lib/fixtures';
import { seedCampaign, uniqueTag } from '../lib/seed';
import { SCREENSHOTS_DIR } from '../lib/server-env';
import { choosePeriod, PAGE_PATH } from '../lib/tally';

const numberIn = async (locator: Locator) =>
  Number((await locator.innerText()).replace(/[^\d]/g, ''));

async function downloadBy(page: Page, testId: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path()) };
}

test('the homepage widget shows the campaign and links to its tally @screenshots', async ({
  adminPage: page,
  adminToken,
}) => {
  // Starts today: the widget lists running campaigns latest start first, four at most.
  const { campaign } = await seedCampaign(adminToken, uniqueTag(), { startsInDays: 0 });
  await page.goto('/admin');
  const widget = page.getByTestId('tally-widget');
  const item = widget.locator('a', { hasText: String(campaign.name) });
  await expect(item).toContainText(/7\s*主题稿件/);
  await expect(item).toContainText(/1\s*专题问政/);
  await expect(item).toContainText('进行中');

  const card = widget.locator(
    'xpath=ancestor::*[.//*[normalize-space(text())="专项活动发布统计"]][1]'
  );
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  const pad = 12;
  await page.screenshot({
    path: path.join(SCREENSHOTS_DIR, 'homepage-widget.png'),
    clip: {
      x: box!.x - pad,
      y: box!.y - pad,
      width: box!.width + 2 * pad,
      height: box!.height + 2 * pad,
    },
  });

  await item.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('campaign')).toBe(campaign.slug);
  await expect(page.getByTestId('tally-total-articles-value')).toHaveText(/7/);
});

test('the page shows the seeded campaign: totals, charts, tables, summary @screenshots', async ({
  adminPage: page,
  seeded,
}) => {
  expect(await hasNavLink(page, PAGE_PATH)).toBe(true);
  await page.goto(`${PAGE_PATH}?campaign=${seeded.campaign.slug}`);
  await expect(page.getByTestId('tally-total-articles-value')).toHaveText(/^\s*7/);
  expect(await numberIn(page.getByTestId('tally-total-episodes-value'))).toBe(1);
  expect(await numberIn(page.getByTestId('tally-total-pledges-value'))).toBe(1);
  expect(await numberIn(page.getByTestId('tally-total-total-value'))).toBe(9);
  await expect(page.getByTestId('tally-departments-pledged')).toHaveText(
    /作出承诺的部门\s*1\s*\/\s*\d+/
  );

  await page
    .locator('[data-testid="tally-period-chart"] .recharts-bar-rectangle')
    .first()
    .waitFor();
  await page
    .locator('[data-testid="tally-breakdown-chart"] .recharts-bar-rectangle')
    .first()
    .waitFor();
  await expect(page.locator('[data-testid="tally-rows-table"] tbody tr')).not.toHaveCount(0);
  const coverage = page.getByTestId('tally-coverage-table');
  const missing = await coverage.locator('tr[data-missing]').count();
  await expect(coverage.getByText('未发布', { exact: true })).toHaveCount(missing);
  const summary = await page.getByTestId('tally-summary-text').innerText();
  expect(summary).toMatch(/[\u4e00-\u9fff]/);
  expect(summary).toContain('7');
  await expect(page.getByTestId('tally-error')).toHaveCount(0);
  await page.waitForTimeout(800); // recharts animates its bars in
  await screenshotWholePage(page, path.join(SCREENSHOTS_DIR, 'tally-page.png'));
});

test('the copy button puts the summary on the clipboard', async ({ adminPage: page, seeded }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE_PATH}?campaign=${seeded.campaign.slug}`);
  const shown = page.getByTestId('tally-summary-text');
  await expect(shown).toBeVisible();
  await page.getByRole('button', { name: '复制' }).click();
  await expect(page.getByText('总结段落已复制到剪贴板').first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await shown.innerText()).trim());
});

test('changing the period refetches by week, and exports follow the choices', async ({
  adminPage: page,
  seeded,
}) => {
  await page.goto(`${PAGE_PATH}?campaign=${seeded.campaign.slug}`);
  await expect(page.getByTestId('tally-total-articles-value')).toBeVisible();
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes('/campaign-tally/tallies') && r.url().includes('period=week')
    ),
    choosePeriod(page, 'week'),
  ]);
  expect(response.status()).toBe(200);
  expect((await response.json()).data.params.period).toBe('week');
  await expect(page.getByText('按周 · 按首次发布时间归属时段')).toBeVisible();

  const csv = await downloadBy(page, 'tally-export-csv');
  expect(csv.name).toMatch(new RegExp(`${seeded.campaign.slug}.*\\.csv$`));
  expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.body.subarray(3).toString('utf8').split(/\r?\n/)[0]).toMatch(/[\u4e00-\u9fff]/);

  const xlsx = await downloadBy(page, 'tally-export-xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');

  const json = await downloadBy(page, 'tally-export-json');
  const doc = JSON.parse(json.body.toString('utf8'));
  const exported = doc.data ?? doc;
  expect(exported.rule).toMatch(/统计口径/);
  expect(exported.params.period).toBe('week');
  expect(exported.totals.articles).toBe(7);
});

test('with no campaigns the page shows its empty state', async ({ adminPage: page }) => {
  await page.route('**/campaign-tally/campaigns', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"data":[]}' })
  );
  await page.goto(PAGE_PATH);
  await expect(page.getByText('还没有已发布的专项活动')).toBeVisible();
  await expect(page.getByTestId('tally-total-articles-value')).toHaveCount(0);
});

test('a failed tally shows an error alert whose retry recovers', async ({
  adminPage: page,
  seeded,
}) => {
  const fail = (route: import('@playwright/test').Route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({
        data: null,
        error: { status: 500, name: 'InternalServerError', message: '模拟的服务器错误' },
      }),
    });
  await page.route('**/campaign-tally/tallies?**', fail);
  await page.goto(`${PAGE_PATH}?campaign=${seeded.campaign.slug}`);
  const alert = page.getByTestId('tally-error').first();
  await expect(alert).toContainText('模拟的服务器错误');
  await page.unroute('**/campaign-tally/tallies?**', fail);
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('tally-total-articles-value')).toHaveText(/7/);
  await expect(page.getByTestId('tally-error')).toHaveCount(0);
});

test('the tally API lists only published campaigns with published totals', async ({
  adminToken,
  seeded,
}) => {
  const res = await call<{ data: Array<{ slug: string; totals: Record<string, number> }> }>(
    'GET',
    '/campaign-tally/campaigns',
    { token: adminToken }
  );
  expect(res.status).toBe(200);
  const listed = res.json.data.find((c) => c.slug === seeded.campaign.slug);
  expect(listed?.totals).toEqual({ articles: 7, episodes: 1, pledges: 1, total: 9 });
});
