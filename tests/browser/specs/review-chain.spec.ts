import path from 'path';
import { call, expectStatus, login } from '../lib/admin-api';
import { loginThroughForm, screenshotWholePage } from '../lib/admin-ui';
import { createDoc, link, UIDS } from '../lib/content';
import { expect, test } from '../lib/fixtures';
import { REVIEWERS, reviewerTokens } from '../lib/review';
import { BASE_URL, SCREENSHOTS_DIR } from '../lib/server-env';
import type { Page } from '@playwright/test';

const shot = (name: string) => path.join(SCREENSHOTS_DIR, `review-${name}.png`);
const editUrl = (documentId: string) =>
  `/admin/content-manager/collection-types/${UIDS.article}/${documentId}`;

/** The 三审 side panel of the edit view (its heading is the panel title). */
const panel = (page: Page) =>
  page.locator('aside, [role="complementary"], body').filter({ hasText: '当前阶段' }).last();

async function approveInPanel(page: Page, opinion: string) {
  await page.getByRole('button', { name: '通过', exact: true }).click();
  await page.locator('textarea[name="review-text"], textarea').last().fill(opinion);
  await page.getByRole('button', { name: '确定', exact: true }).click();
  await expect(page.getByText('已完成：通过')).toBeVisible();
}

test('three reviewers take an article from 送审 through 初审, 复审 and 终审 to 发布 @screenshots', async ({
  adminToken,
  adminPage,
  browser,
}) => {
  test.setTimeout(180_000);
  await reviewerTokens(adminToken);
  const campaign = await createDoc(adminToken, UIDS.campaign, {
    name: `三审浏览器测试活动${Date.now() % 100000}`,
    startDate: '2026-11-01',
    endDate: '2026-12-31',
  });
  const title = `三审流程稿件${Date.now() % 100000}`;
  const draft = await createDoc(
    adminToken,
    UIDS.article,
    { title, format: 'news', summary: '区融媒体中心三审流程演示稿件。', campaign: link(campaign) },
    { draft: true }
  );

  // The author submits in the edit view's 三审 panel.
  await adminPage.goto(editUrl(draft.documentId));
  await expect(adminPage.getByText('当前阶段')).toBeVisible({ timeout: 30_000 });
  await expect(panel(adminPage).getByText('草稿', { exact: true })).toBeVisible();
  await adminPage.getByRole('button', { name: '送审', exact: true }).click();
  await expect(adminPage.getByText('待初审', { exact: true })).toBeVisible();

  // Publishing before 终审 is refused with the stage named.
  await adminPage.getByRole('button', { name: '发布', exact: true }).click();
  await expect(adminPage.getByText(/不能发布：稿件处于「待初审」阶段/).first()).toBeVisible();

  const levels = ['初审', '复审', '终审'];
  for (const [i, reviewer] of REVIEWERS.entries()) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await loginThroughForm(page, reviewer);
    // 待我审核 lists the article for this level.
    await page.goto('/admin/plugins/editorial-review');
    await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 });
    if (i === 0) await screenshotWholePage(page, shot('queue'));
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByText('当前阶段')).toBeVisible({ timeout: 30_000 });
    await approveInPanel(page, `${levels[i]}同意`);
    if (i < 2) await expect(page.getByText(['待复审', '待终审'][i], { exact: true })).toBeVisible();
    else {
      await expect(page.getByText('可发布', { exact: true })).toBeVisible();
      await screenshotWholePage(page, shot('edit-view-approved'));
      // The 总编辑 publishes it.
      await page.getByRole('button', { name: '发布', exact: true }).click();
      await expect(page.getByText('已发布', { exact: true }).first()).toBeVisible({
        timeout: 30_000,
      });
      await page.getByRole('link', { name: '打印签发单' }).waitFor({ timeout: 30_000 });
    }
    await context.close();
  }

  // The app serves the article; the 签发单 names each level's reviewer.
  const app = await fetch(`${BASE_URL}/api/articles/${draft.documentId}`);
  expect(app.status).toBe(200);
  const state = expectStatus(
    await call<{ data: { sheet: { id: number; signoffs: Array<{ reviewerName: string }> } } }>(
      'GET',
      `/editorial-review/documents/${UIDS.article}/${draft.documentId}`,
      { token: adminToken }
    ),
    200,
    'review state'
  ).data;
  expect(state.sheet.signoffs.map((s) => s.reviewerName)).toEqual(['李初审', '王复审', '赵终审']);

  const chief = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
  const chiefPage = await chief.newPage();
  await loginThroughForm(chiefPage, REVIEWERS[2]);
  await chiefPage.goto(`/admin/plugins/editorial-review/sheets/${state.sheet.id}`);
  await expect(chiefPage.getByText('稿件签发单')).toBeVisible({ timeout: 30_000 });
  await expect(chiefPage.getByText('审核人：王复审', { exact: false })).toBeVisible();
  await chiefPage.screenshot({ path: shot('signoff-sheet'), fullPage: true });
  await chiefPage.goto('/admin/plugins/editorial-review/audit');
  await expect(chiefPage.getByText(title).first()).toBeVisible({ timeout: 30_000 });
  await screenshotWholePage(chiefPage, shot('audit-log'));
  await chief.close();

  // The reviewer tokens the spec used are real logins, not shortcuts.
  expect(await login(REVIEWERS[0].email, REVIEWERS[0].password)).toEqual(expect.any(String));
});
