import path from 'path';
import { createDoc, link, UIDS } from '../lib/content';
import { expect, test } from '../lib/fixtures';
import { SCREENSHOTS_DIR } from '../lib/server-env';

test('an editor opens the draft at phone width from the edit view @screenshots', async ({
  adminToken,
  adminPage,
}) => {
  test.setTimeout(120_000);
  const campaign = await createDoc(adminToken, UIDS.campaign, {
    name: `预览浏览器测试活动${Date.now() % 100000}`,
    startDate: '2026-11-01',
    endDate: '2026-12-31',
  });
  const title = `预览稿件${Date.now() % 100000}`;
  const draft = await createDoc(
    adminToken,
    UIDS.article,
    {
      title,
      format: 'news',
      author: '张记者',
      summary: '手机上看到的摘要。',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '手机预览的正文第一段。' }] }],
      campaign: link(campaign),
    },
    { draft: true }
  );
  await adminPage.goto(
    `/admin/content-manager/collection-types/${UIDS.article}/${draft.documentId}`
  );
  await adminPage
    .getByRole('link', { name: '打开预览' })
    .or(adminPage.getByRole('button', { name: '打开预览' }))
    .click();
  const frame = adminPage.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByText('手机预览的正文第一段。')).toBeVisible();
  await expect(frame.getByText('草稿预览')).toBeVisible();
  await adminPage.screenshot({ path: path.join(SCREENSHOTS_DIR, 'preview.png'), fullPage: true });
});
