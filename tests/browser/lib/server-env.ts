import path from 'path';

/** Where the app under test listens, and where the tests write their screenshots. */
export const PORT = Number(process.env.BROWSER_TEST_PORT || 1338);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const APP_DIR = path.resolve(__dirname, '../../..');

/** The development super admin the app creates at its first start (src/bootstrap/dev-admin.ts). */
export const SUPER_ADMIN = {
  email: process.env.ADMIN_EMAIL || 'admin@zhangdian.local',
  password: process.env.ADMIN_PASSWORD || 'Zhangdian2024',
};

/** .tmp only, unless `npm run screenshots` points it at docs/screenshots. */
export const SCREENSHOTS_DIR = path.resolve(
  APP_DIR,
  process.env.SCREENSHOTS_DIR || '.tmp/screenshots'
);
