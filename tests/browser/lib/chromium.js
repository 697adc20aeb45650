'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const EXECUTABLE = '/usr/bin/chromium';
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium with a fresh profile; never a downloaded browser. */
async function launchBrowser({ locale = 'zh-CN' } = {}) {
  if (!fs.existsSync(EXECUTABLE))
    throw new Error(`${EXECUTABLE} is missing: apt-get install -y chromium`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-browser-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    // Headless comes from --headless=new in ARGS, so Playwright must not add its own flag.
    headless: false,
    args: ARGS,
    acceptDownloads: true,
    locale,
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  // The newsroom works in Chinese: pick the admin's zh-Hans locale unless a test chose another.
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('strapi-admin-language')) {
      window.localStorage.setItem('strapi-admin-language', 'zh-Hans');
    }
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

module.exports = { launchBrowser };
