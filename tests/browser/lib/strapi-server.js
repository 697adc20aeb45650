'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '../../..');

/** Compiles the plugin server and the app, and bundles the admin (once: about 40 s, 2 GB). */
function buildAdmin() {
  for (const [cmd, args] of [
    ['npm', ['run', '--silent', 'build:plugin']],
    ['npx', ['strapi', 'build']],
  ]) {
    const result = spawnSync(cmd, args, {
      cwd: APP_DIR,
      stdio: 'inherit',
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    if (result.status !== 0)
      throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status}`);
  }
}

/**
 * Starts the built app on a fresh SQLite file in development mode, so the dev super admin and
 * the demo seed are created on this first start. Output goes to a log file for post-mortems.
 */
function startStrapi({ port, adminEmail, adminPassword }) {
  const dbFile = `.tmp/browser-${process.pid}.db`;
  const logFile = path.join(APP_DIR, `.tmp/browser-${process.pid}.log`);
  fs.mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm'])
    fs.rmSync(path.join(APP_DIR, dbFile + suffix), { force: true });

  const log = fs.openSync(logFile, 'w');
  const child = spawn('npx', ['strapi', 'start'], {
    cwd: APP_DIR,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: dbFile,
      SEED_DEMO: 'true',
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
    },
  });

  const stop = async () => {
    if (child.exitCode !== null) return;
    // The whole process group: npx and the node process it starts.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    for (const suffix of ['', '-wal', '-shm'])
      fs.rmSync(path.join(APP_DIR, dbFile + suffix), { force: true });
  };

  return { child, stop, logFile, dbFile };
}

/** Polls /_health until it answers 204, or fails when the process exits or time runs out. */
async function waitForHealth(baseUrl, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`strapi start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/_health`);
      if (res.status === 204 || res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${baseUrl}/_health did not answer within ${timeoutMs / 1000} s`);
}

module.exports = { APP_DIR, buildAdmin, startStrapi, waitForHealth };
