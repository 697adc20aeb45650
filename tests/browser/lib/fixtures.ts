import { test as base, type Page } from '@playwright/test';
import { createActiveAdmin, login } from './admin-api';
import { loginThroughForm } from './admin-ui';
import { seedCampaign, uniqueTag, type SeededCampaign } from './seed';
import { SUPER_ADMIN } from './server-env';

export const EDITOR = {
  email: 'browser-editor@zhangdian.local',
  password: 'Editor2024pass',
  firstname: '测试',
  lastname: '编辑',
};

interface Fixtures {
  /** The super admin's JWT for the admin API. */
  adminToken: string;
  /** A campaign seeded for this test alone (see lib/seed.ts). */
  seeded: SeededCampaign;
  /** A page logged in as the super admin. */
  adminPage: Page;
  /** A page logged in as an Editor (created once per run). */
  editorPage: Page;
}

interface WorkerFixtures {
  workerAdminToken: string;
  editorAccount: typeof EDITOR;
}

/** Playwright's test with the app's fixtures: tokens, seeded data and logged-in pages. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  workerAdminToken: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => use(await login(SUPER_ADMIN.email, SUPER_ADMIN.password)),
    { scope: 'worker' },
  ],
  editorAccount: [
    async ({ workerAdminToken }, use) => {
      // The app's Editor role: content rights on every type, no campaign-tally action.
      const existing = await login(EDITOR.email, EDITOR.password).catch(() => null);
      if (!existing)
        await createActiveAdmin(workerAdminToken, { roleCode: 'strapi-editor', ...EDITOR });
      await use(EDITOR);
    },
    { scope: 'worker' },
  ],
  adminToken: async ({ workerAdminToken }, use) => use(workerAdminToken),
  seeded: async ({ adminToken }, use) => {
    await use(await seedCampaign(adminToken, uniqueTag()));
  },
  adminPage: async ({ page }, use) => {
    await loginThroughForm(page, SUPER_ADMIN);
    await use(page);
  },
  editorPage: async ({ browser, editorAccount }, use) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginThroughForm(page, editorAccount);
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';
