/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/** Logs in through the admin's own login form and waits for the main navigation. */
export async function loginThroughForm(
  page: Page,
  { email, password }: { email: string; password: string }
): Promise<void> {
  // The newsroom works in Chinese: pick zh-Hans unless the test chose another language.
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('strapi-admin-language'))
      window.localStorage.setItem('strapi-admin-language', 'zh-Hans');
  });
  await page.goto('/admin/auth/login', { waitUntil: 'domcontentloaded' });
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'), { timeout: 60_000 }),
    page.locator('button[type="submit"]').click(),
  ]);
  // The main navigation renders once the user's permissions are loaded.
  await page.locator('nav a[href^="/admin/content-manager"]').first().waitFor({ timeout: 60_000 });
}

/** Whether the main navigation has a link to the given admin path. */
export async function hasNavLink(page: Page, href: string): Promise<boolean> {
  return (await page.locator(`nav a[href="${href}"]`).count()) > 0;
}

/**
 * Screenshots the whole page. The admin scrolls inside its own layout rather than the document,
 * so Playwright's fullPage sees one viewport: grow the viewport to the content instead.
 */
export async function screenshotWholePage(page: Page, file: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    return main ? main.getBoundingClientRect().top + main.scrollHeight : document.body.scrollHeight;
  });
  await page.setViewportSize({
    width: original.width,
    height: Math.min(Math.max(Math.ceil(height), original.height), 6000),
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  await page.setViewportSize(original);
}
