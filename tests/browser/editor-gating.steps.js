'use strict';

const { assert } = require('./lib/harness');
const { loginThroughForm, hasNavLink } = require('./lib/admin-ui');
const { launchBrowser } = require('./lib/chromium');
const { PAGE_PATH } = require('./tally-page.steps');

const EDITOR = {
  email: 'browser-editor@zhangdian.local',
  password: 'Editor2024pass',
  firstname: '测试',
  lastname: '编辑',
};

/** An Editor, who lacks plugin::campaign-tally.read, sees neither the menu entry nor the numbers. */
async function runEditorGatingSteps({ test, api, adminToken, baseUrl }) {
  let editorRoleId;
  const created =
    await test('an Editor admin is invited and registered over the admin API', async () => {
      const { role } = await api.createActiveAdmin(adminToken, {
        roleCode: 'strapi-editor',
        ...EDITOR,
      });
      editorRoleId = role.id;
      const permissions = await api.rolePermissions(adminToken, role.id);
      assert(
        !permissions.some((p) => p.action.startsWith('plugin::campaign-tally.')),
        'the Editor role holds a campaign-tally action; this test needs a role without it'
      );
    });
  if (!created || editorRoleId === undefined) return;

  await test('the tally API refuses the Editor with 403', async () => {
    const token = await api.login(EDITOR.email, EDITOR.password);
    const res = await api.call('GET', '/campaign-tally/campaigns', { token });
    assert(res.status === 403, `GET /campaign-tally/campaigns as Editor gave ${res.status}`);
  });

  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const loggedIn = await test('the Editor logs in', () =>
      loginThroughForm(page, baseUrl, EDITOR));
    if (!loggedIn) return;

    await test('the Editor has no menu entry and no homepage widget', async () => {
      assert(!(await hasNavLink(page, PAGE_PATH)), `the Editor sees a nav link to ${PAGE_PATH}`);
      await page.waitForTimeout(1500); // widgets resolve their permissions after the homepage renders
      assert(
        (await page.locator('[data-testid="tally-widget"]').count()) === 0,
        'the Editor sees the widget'
      );
      assert(
        (await page.getByText('专项活动发布统计').count()) === 0,
        'the Editor sees the widget title'
      );
    });

    await test('opening the page directly shows no numbers to the Editor', async () => {
      await page.goto(`${baseUrl}${PAGE_PATH}`, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(3000);
      assert(
        (await page.locator('[data-testid="tally-total-articles-value"]').count()) === 0,
        'the Editor sees the tally totals'
      );
    });
  } finally {
    await browser.close();
  }
}

module.exports = { runEditorGatingSteps };
