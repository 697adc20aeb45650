import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { APP_DIR } from './server-env';

/** Compiles the plugin server and bundles the admin (about 40 s and 2 GB). */
export function buildAdmin(): void {
  for (const [cmd, args] of [
    ['npm', ['run', '--silent', 'build:plugin']],
    ['npx', ['strapi', 'build']],
  ] as const) {
    const result = spawnSync(cmd, args, {
      cwd: APP_DIR,
      stdio: 'inherit',
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    if (result.status !== 0)
      throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status}`);
  }
}

export interface RunningServer {
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the built app on a fresh SQLite file in development mode, so the development super
 * admin exists, and without the demo seed: every test creates its own data. Output goes to a
 * log file for post-mortems.
 */
export function startStrapi(port: number): RunningServer {
  const dbFile = `.tmp/browser-${process.pid}.db`;
  const logFile = path.join(APP_DIR, `.tmp/browser-${process.pid}.log`);
  const removeDb = () => {
    for (const suffix of ['', '-wal', '-shm'])
      fs.rmSync(path.join(APP_DIR, dbFile + suffix), { force: true });
  };
  fs.mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
  removeDb();

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
      SEED_DEMO: 'false',
      ADMIN_RATE_LIMIT_ENABLED: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
    },
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // The whole process group: npx and the node process it starts.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    removeDb();
  };
  return { child, logFile, stop };
}

/** Polls /_health until it answers, or fails when the process exits or time runs out. */
export async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 180_000) {
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
