import { call, login } from '../lib/admin-api';
import { hasNavLink } from '../lib/admin-ui';
import { expect, test } from '../lib/fixtures';
import { PAGE_PATH } from '../lib/tally';

/** An Editor, who lacks plugin::campaign-tally.read, sees neither the menu entry nor the numbers. */
test.describe('an Editor without the tally actions', () => {
  test('holds no campaign-tally action and gets 403 from its API', async ({
    adminToken,
    editorAccount,
  }) => {
    const roles = await call<{ data: Array<{ id: number; code: string; name: string }> }>(
      'GET',
      '/admin/roles',
      { token: adminToken }
    );
    const editor = roles.json.data.find((r) => r.code === 'strapi-editor');
    expect(editor?.name).toBe('编辑');
    const permissions = await call<{ data: Array<{ action: string }> }>(
      'GET',
      `/admin/roles/${editor!.id}/permissions`,
      { token: adminToken }
    );
    expect(
      permissions.json.data.filter((p) => p.action.startsWith('plugin::campaign-tally.'))
    ).toEqual([]);

    const token = await login(editorAccount.email, editorAccount.password);
    const res = await call('GET', '/campaign-tally/campaigns', { token });
    expect(res.status).toBe(403);
  });

  test('has no menu entry and no homepage widget', async ({ editorPage: page }) => {
    await page.goto('/admin');
    await expect(page.getByText(/你好/)).toBeVisible();
    expect(await hasNavLink(page, PAGE_PATH)).toBe(false);
    await page.waitForTimeout(1500); // widgets resolve their permissions after the homepage renders
    await expect(page.getByTestId('tally-widget')).toHaveCount(0);
    await expect(page.getByText('专项活动发布统计')).toHaveCount(0);
  });

  test('sees no numbers when opening the page directly', async ({ editorPage: page }) => {
    await page.goto(PAGE_PATH);
    await page.waitForTimeout(3000);
    await expect(page.getByTestId('tally-total-articles-value')).toHaveCount(0);
  });
});
