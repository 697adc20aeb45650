'use strict';

/** Logs in through the admin's own login form and waits for the homepage. */
async function loginThroughForm(page, baseUrl, { email, password }) {
  await page.goto(`${baseUrl}/admin/auth/login`, { waitUntil: 'domcontentloaded' });
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'), { timeout: 60_000 }),
    page.locator('button[type="submit"]').click(),
  ]);
  // The main navigation renders once the user's permissions are loaded.
  await page
    .locator('nav a[href="/admin/content-manager"], nav a[href^="/admin/content-manager"]')
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Whether the main navigation has a link to the given admin path. */
async function hasNavLink(page, href) {
  return (await page.locator(`nav a[href="${href}"]`).count()) > 0;
}

/** Closes Strapi's own announcement banner (the media library one) so screenshots show the page. */
async function dismissBanners(page) {
  const link = page
    .locator('a[href*="strapi.io/blog"], a[href*="/features/media-library"]')
    .first();
  if ((await link.count()) === 0) return;
  const close = link.locator('xpath=ancestor::div[.//button][1]').locator('button').last();
  if (await close.isVisible()) await close.click();
}

/**
 * Screenshots the whole page. The admin scrolls inside its own layout rather than the document,
 * so Playwright's fullPage sees one viewport: grow the viewport to the content instead.
 */
async function screenshotWholePage(page, file) {
  const original = page.viewportSize();
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    return main ? main.getBoundingClientRect().top + main.scrollHeight : document.body.scrollHeight;
  });
  await page.setViewportSize({
    width: original.width,
    height: Math.min(Math.max(height, original.height), 6000),
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  await page.setViewportSize(original);
}

module.exports = { loginThroughForm, hasNavLink, dismissBanners, screenshotWholePage };
