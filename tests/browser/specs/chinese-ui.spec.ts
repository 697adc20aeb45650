/// <reference lib="dom" />
import path from 'path';
import type { Page, Response } from '@playwright/test';
import { screenshotWholePage } from '../lib/admin-ui';
import { UIDS } from '../lib/content';
import { inContext, visibleEnglish } from '../lib/english';
import { expect, test } from '../lib/fixtures';
import { SCREENSHOTS_DIR } from '../lib/server-env';
import { PAGE_PATH } from '../lib/tally';

/**
 * Requests Strapi 5.54 sends that fail by design and that no configuration stops; nothing else
 * may fail during the walk. Each with its reason.
 */
const KNOWN_FAILURES: Array<{ status: number; path: string; reason: string }> = [
  {
    status: 404,
    path: '/admin/ai-feature-config',
    reason: 'asked by every list and edit view; AI is an EE feature, CE answers 404',
  },
  {
    status: 404,
    path: '/i18n/ai-localization-jobs/',
    reason: 'asked by every edit view; same EE-only AI feature',
  },
  {
    status: 403,
    path: '/upload/settings',
    reason: 'the media library reads its settings, which only roles with settings rights may',
  },
];

const CM = '/admin/content-manager/collection-types';

/** Opens a page, waits for it to settle, and fails on English words it shows. */
async function expectChinese(
  page: Page,
  url: string,
  ready: () => Promise<unknown>,
  content: string[] = []
) {
  await page.goto(url);
  await ready();
  await page.waitForTimeout(1000); // late labels: widgets, relation counts, side panels
  const { words, text } = await visibleEnglish(page, content);
  expect(inContext(text, words), `English on ${url}`).toEqual([]);
}

function watchFailures(page: Page) {
  const failures: string[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (response.status() < 400) return;
    const known = KNOWN_FAILURES.some(
      (k) => k.status === response.status() && url.pathname.startsWith(k.path)
    );
    if (known) return;
    failures.push(`${response.status()} ${response.request().method()} ${url.pathname}`);
  });
  return failures;
}

test('an Editor sees Chinese on every screen of the newsroom’s day @screenshots', async ({
  editorPage: page,
  seeded,
}) => {
  test.setTimeout(600_000); // fifteen screens on a shared two-core machine
  const failures = watchFailures(page);
  await expectChinese(page, '/admin', () => page.getByText(/你好/).waitFor());

  const article = seeded.articles[0];
  const slugs = [
    seeded.campaign,
    ...seeded.columns,
    ...seeded.departments,
    ...seeded.reporters,
    ...seeded.articles,
    ...seeded.drafts,
    seeded.episode,
    seeded.pledge,
  ].map((doc) => String(doc.slug));
  const docs: Array<[string, { documentId: string }]> = [
    [UIDS.campaign, seeded.campaign],
    [UIDS.column, seeded.columns[0]],
    [UIDS.article, article],
    [UIDS.episode, seeded.episode],
    [UIDS.pledge, seeded.pledge],
    [UIDS.department, seeded.departments[0]],
    [UIDS.reporter, seeded.reporters[1]],
  ];
  for (const [uid, doc] of docs) {
    await expectChinese(
      page,
      `${CM}/${uid}`,
      () => page.locator('main table, main h1').first().waitFor(),
      slugs
    );
    await expectChinese(
      page,
      `${CM}/${uid}/${doc.documentId}`,
      () => page.locator('main form, main input').first().waitFor(),
      slugs
    );
  }

  // The article list prints each format in Chinese, in its cells.
  await page.goto(`${CM}/${UIDS.article}`);
  const row = page.locator('main table tbody tr', { hasText: String(article.title) });
  await expect(row).toContainText('消息');
  await expect(row).not.toContainText('news');

  // The edit form: the options of an enumeration, the publisher's panel, the status.
  await page.goto(`${CM}/${UIDS.article}/${article.documentId}`);
  const format = page.getByRole('combobox', { name: '稿件形式' });
  await expect(format).toHaveText('消息');
  await expect(page.getByRole('heading', { name: '定时发布' })).toBeVisible();
  await expect(page.getByText('Publisher', { exact: false })).toHaveCount(0);
  await format.click();
  const options = await page.getByRole('option').allInnerTexts();
  expect(options.map((o) => o.trim())).toEqual(
    expect.arrayContaining(['消息', '评论', '专访', '转发', '图文', '短视频', '长图'])
  );
  await page.keyboard.press('Escape');
  // Bylines and 上稿: each entry's enumeration in Chinese.
  await page.getByRole('button', { name: '淄博日报' }).click();
  await expect(page.getByRole('combobox', { name: '媒体级别' }).first()).toHaveText('市级');
  await screenshotWholePage(page, path.join(SCREENSHOTS_DIR, 'article-edit.png'));

  // Components' enumerations (problem status) and relation pickers in the episode form.
  await page.goto(`${CM}/${UIDS.episode}/${seeded.episode.documentId}`);
  await page
    .getByRole('button', { name: /审批材料重复提交/ })
    .first()
    .click();
  await expect(page.getByRole('combobox', { name: '整改状态' }).first()).toHaveText('未整改');

  await expectChinese(page, '/admin/plugins/upload', () =>
    page.locator('main h1').first().waitFor()
  );
  await expectChinese(page, '/admin/me', () => page.locator('main input[name="email"]').waitFor());
  expect(failures, 'failed requests').toEqual([]);
});

test('the list view filters name enumeration options in Chinese', async ({
  editorPage: page,
  seeded,
}) => {
  await page.goto(`${CM}/${UIDS.column}`);
  await page.getByRole('button', { name: '筛选' }).click();
  await page
    .getByRole('combobox', { name: /选择字段|字段/ })
    .first()
    .click();
  await page.getByRole('option', { name: '刊播平台' }).click();
  const valueBox = page.getByRole('combobox').last();
  await valueBox.click();
  const options = (await page.getByRole('option').allInnerTexts()).map((o) => o.trim());
  expect(options).toEqual(expect.arrayContaining(['客户端（爱张店APP）', '电视', '广播', '微信']));
  expect(options.filter((o) => /^[a-z-]+$/.test(o))).toEqual([]);
  expect(seeded.columns.length).toBe(2);
});

test('the tally page and the login page are Chinese too @screenshots', async ({
  adminPage: page,
  seeded,
  browser,
}) => {
  await expectChinese(
    page,
    `${PAGE_PATH}?campaign=${seeded.campaign.slug}`,
    () => page.getByTestId('tally-summary-text').waitFor(),
    [String(seeded.campaign.slug)]
  );
  await expect(page).toHaveTitle(/张店区融媒体中心/);

  const context = await browser.newContext();
  const login = await context.newPage();
  await login.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'zh-Hans'));
  await expectChinese(login, '/admin/auth/login', () =>
    login.locator('input[name="email"]').waitFor()
  );
  await expect(login.getByText('张店区融媒体中心').first()).toBeVisible();
  await expect(login.getByText(/Strapi/)).toHaveCount(0);
  await login.screenshot({ path: path.join(SCREENSHOTS_DIR, 'login.png') });
  await context.close();
});

test('Strapi’s onboarding, cloud and announcement cards stay away', async ({ adminPage: page }) => {
  await page.goto('/admin');
  await expect(page.getByText(/你好/)).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.getByText('探索你的应用')).toHaveCount(0);
  await expect(page.getByText(/Strapi Cloud/)).toHaveCount(0);
  await expect(page.getByText('全新媒体库上线')).toHaveCount(0);
  // A built admin (what production serves) offers no content-type builder.
  await expect(page.locator('nav a[href="/admin/plugins/content-type-builder"]')).toHaveCount(0);
});
