'use strict';

/**
 * Helpers shared by the load, fault and scale scripts: a fresh database, the compiled app started
 * as `strapi start` in a child process, a one-off Strapi (no HTTP) in a child for seeding and
 * recounting, and admin logins. Everything runs from dist/, compiled by the npm script first.
 */
const { spawn } = require('child_process');
const crypto = require('crypto');
const path = require('path');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const EDITOR = { email: 'load-editor@zhangdian.local', password: 'LoadEditor1234' };
const EXPORTER = { email: 'load-exporter@zhangdian.local', password: 'LoadExporter1234' };

const pgConfig = () => ({
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || 5432),
  user: process.env.DATABASE_USERNAME || 'postgres',
  password: process.env.DATABASE_PASSWORD || undefined,
});

async function withPg(database, fn) {
  const client = new Client({ ...pgConfig(), database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const random = () => crypto.randomBytes(32).toString('base64');

/** Environment for a production-mode app on the given database (PostgreSQL or a SQLite file). */
function appEnv(db, extra = {}) {
  const database =
    db.client === 'postgres'
      ? {
          DATABASE_CLIENT: 'postgres',
          DATABASE_NAME: db.name,
          DATABASE_HOST: pgConfig().host,
          DATABASE_PORT: String(pgConfig().port),
          DATABASE_USERNAME: pgConfig().user,
          DATABASE_PASSWORD: pgConfig().password || '',
        }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: db.file };
  return {
    ...process.env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    IS_PROXIED: 'false',
    API_RATE_LIMIT_ENABLED: 'false',
    ...db.secrets,
    ...database,
    ...extra,
  };
}

/** A fresh, empty database: PostgreSQL unless LOAD_DB=sqlite. Secrets are shared by its apps. */
async function createDatabase(prefix) {
  const secrets = {
    APP_KEYS: `${random()},${random()}`,
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  };
  const name = `${prefix}_${Date.now().toString(36)}`;
  if ((process.env.LOAD_DB || 'postgres') === 'sqlite') {
    return {
      client: 'sqlite',
      name,
      file: path.join('.tmp', `${name}.db`),
      secrets,
      drop: async () => {},
    };
  }
  await withPg('postgres', (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    client: 'postgres',
    name,
    secrets,
    drop: () => withPg('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** Runs a node script to completion; resolves with its exit code, signal, stdout and stderr. */
function runNode(args, env, { onSpawn } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (onSpawn) onSpawn(child);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs a task of scripts/load/lib/app-task.js in a one-off Strapi; returns its JSON result. */
async function appTask(db, task, extraEnv = {}) {
  const run = await runNode([path.join(__dirname, 'app-task.js'), task], appEnv(db, extraEnv));
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.code !== 0 || !line) {
    throw new Error(`task ${task} failed (${run.code} ${run.signal}): ${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(line.slice('RESULT '.length));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `strapi start` on a port and waits for /_health. */
async function startServer(db, port, extraEnv = {}) {
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: ROOT,
    env: appEnv(db, { PORT: String(port), HOST: '127.0.0.1', ...extraEnv }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log = (log + d).slice(-20000)));
  child.stderr.on('data', (d) => (log = (log + d).slice(-20000)));
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal }))
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${log.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline)
      throw new Error(`server on ${port} did not start: ${log.slice(-3000)}`);
    await sleep(300);
  }
  return {
    child,
    url,
    exited,
    log: () => log,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Logs an admin in over /admin/login and returns the Authorization header. */
async function adminAuth(url, { email, password } = EDITOR) {
  const res = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`admin login ${res.status}: ${await res.text()}`);
  return { Authorization: `Bearer ${(await res.json()).data.token}` };
}

const percentile = (values, p) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

module.exports = {
  ROOT,
  EDITOR,
  EXPORTER,
  createDatabase,
  appEnv,
  appTask,
  runNode,
  startServer,
  adminAuth,
  withPg,
  sleep,
  percentile,
};
