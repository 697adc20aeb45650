import path from 'path';
import { call, expectStatus } from '../lib/admin-api';
import { loginThroughForm, screenshotWholePage } from '../lib/admin-ui';
import { createDoc, link, UIDS } from '../lib/content';
import { expect, test } from '../lib/fixtures';
import { passReviewTo, REVIEWERS, reviewerTokens } from '../lib/review';
import { SCREENSHOTS_DIR } from '../lib/server-env';

const shot = (name: string) => path.join(SCREENSHOTS_DIR, `word-check-${name}.png`);
const WORD_UID = 'plugin::editorial-review.word';

test('a word added in the admin is found with a space inside it, and 终审 needs a reason to let it go @screenshots', async ({
  adminToken,
  adminPage,
  browser,
}) => {
  test.setTimeout(180_000);
  await reviewerTokens(adminToken);
  const word = `违规词${Date.now() % 10000}`;

  // The admin adds a block-level word in the content manager, in Chinese.
  await adminPage.goto(`/admin/content-manager/collection-types/${WORD_UID}/create`);
  await adminPage.getByLabel('词语').fill(word);
  await adminPage.getByRole('combobox', { name: '级别' }).click();
  await adminPage.getByRole('option', { name: '禁用' }).click();
  await adminPage.getByLabel('建议替换为').fill('规范说法');
  await adminPage.getByRole('button', { name: '保存' }).click();
  await expect(adminPage.getByText(/已保存|保存成功/).first()).toBeVisible({ timeout: 30_000 });
  await adminPage.goto(`/admin/content-manager/collection-types/${WORD_UID}`);
  await expect(adminPage.getByText(word)).toBeVisible({ timeout: 30_000 });
  await expect(adminPage.getByText('禁用').first()).toBeVisible();
  await screenshotWholePage(adminPage, shot('library'));

  // A story writes it with a space between its characters.
  const spaced = [...word].join(' ');
  const campaign = await createDoc(adminToken, UIDS.campaign, {
    name: `错敏词浏览器测试活动${Date.now() % 100000}`,
    startDate: '2026-11-01',
    endDate: '2026-12-31',
  });
  const draft = await createDoc(
    adminToken,
    UIDS.article,
    {
      title: `错敏词检查稿件${Date.now() % 100000}`,
      format: 'news',
      summary: '区融媒体中心错敏词检查演示。',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: `报道中出现了${spaced}的说法。` }] },
      ],
      campaign: link(campaign),
    },
    { draft: true }
  );
  const editUrl = `/admin/content-manager/collection-types/${UIDS.article}/${draft.documentId}`;
  await adminPage.goto(editUrl);
  const hit = adminPage.getByTestId('word-hit').filter({ hasText: spaced });
  await expect(hit).toBeVisible({ timeout: 30_000 });
  await expect(hit.getByText('禁用')).toBeVisible();
  await expect(hit.getByText('正文第1段')).toBeVisible();
  await hit.click();
  await expect(adminPage.getByTestId('word-hit-context')).toContainText('报道中出现了');
  await screenshotWholePage(adminPage, shot('panel'));

  // 初审 and 复审 sign; 终审 is asked for a reason before it can pass.
  await passReviewTo(adminToken, UIDS.article, draft.documentId, 2);
  const chief = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await chief.newPage();
  await loginThroughForm(page, REVIEWERS[2]);
  await page.goto(editUrl);
  await expect(page.getByText('待终审', { exact: true })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '通过', exact: true }).click();
  await expect(page.getByText(/含禁用词，终审须修改或填写放行理由/)).toBeVisible();
  const confirm = page.getByRole('button', { name: '确定', exact: true });
  await expect(confirm).toBeDisabled();
  await page.locator('textarea').last().fill('引用当事人原话，保留原文');
  await screenshotWholePage(page, shot('override'));
  await confirm.click();
  await expect(page.getByText('可发布', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/已放行禁用词/)).toBeVisible();
  await chief.close();

  const log = expectStatus(
    await call<{ data: Array<{ action: string; detail: string }> }>(
      'GET',
      `/editorial-review/audit?documentId=${draft.documentId}&action=override`,
      { token: adminToken }
    ),
    200,
    'audit'
  ).data;
  expect(log[0].detail).toContain('引用当事人原话');
});
