import fs from 'fs';
import path from 'path';
import { assertChromium } from './lib/chromium';
import { APP_DIR, BASE_URL, PORT, SCREENSHOTS_DIR } from './lib/server-env';
import { buildAdmin, startStrapi, waitForHealth } from './lib/strapi-server';

/** Builds the admin once (unless BROWSER_TEST_SKIP_BUILD=1 finds a build), starts the app. */
export default async function globalSetup() {
  assertChromium();
  const built = fs.existsSync(path.join(APP_DIR, 'dist/build/index.html'));
  if (!(process.env.BROWSER_TEST_SKIP_BUILD === '1' && built)) buildAdmin();
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });

  // Another app on the port would answer the health check and the tests would drive it.
  const busy = await fetch(`${BASE_URL}/_health`).then(
    () => true,
    () => false
  );
  if (busy) throw new Error(`${BASE_URL} already answers: set BROWSER_TEST_PORT to a free port`);

  const server = startStrapi(PORT);
  console.log(`  … strapi start on ${BASE_URL}, log in ${path.relative(APP_DIR, server.logFile)}`);
  try {
    await waitForHealth(BASE_URL, server.child);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return () => server.stop();
}
