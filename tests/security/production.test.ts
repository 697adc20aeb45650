import { spawnSync } from 'child_process';
import crypto from 'crypto';
import path from 'path';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { ROOT } from '../harness/test-database';
import { SECRET_NAMES } from '../../src/env/secrets';

/** Production hardening, each promise of docs/production.md proved against a production boot. */
const ALLOWED_ORIGIN = 'https://app.zhangdian.example';
const RATE_LIMIT = 40;
const EXPORT_RATE_LIMIT = 6;
const realSecrets = Object.fromEntries(
  SECRET_NAMES.map((name) => [
    name,
    name === 'APP_KEYS'
      ? `${crypto.randomBytes(16).toString('hex')},${crypto.randomBytes(16).toString('hex')}`
      : crypto.randomBytes(16).toString('hex'),
  ])
);

/** Loads the compiled server config in a child process, as `strapi start` would. */
function loadServerConfig(env: Record<string, string | undefined>) {
  const script = `require(${JSON.stringify(path.join(ROOT, 'dist', 'config', 'server.js'))}).default({ env: Object.assign((k, d) => process.env[k] ?? d, { int: (k, d) => Number(process.env[k] ?? d), bool: (k, d) => (process.env[k] ?? String(d)) === 'true', array: (k, d) => d }) })`;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !(SECRET_NAMES as readonly string[]).includes(key)
    )
  );
  return spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
}

describe('production refuses to start without real secrets', () => {
  it('names every missing or placeholder secret and exits non-zero', () => {
    const run = loadServerConfig({
      NODE_ENV: 'production',
      APP_KEYS: 'tobemodified,tobemodified',
      JWT_SECRET: 'tobemodified',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(
      'Refusing to start in production: missing or placeholder secrets: APP_KEYS, API_TOKEN_SALT, ADMIN_JWT_SECRET, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY.'
    );
  });

  it('names the one secret left as a placeholder', () => {
    const run = loadServerConfig({
      NODE_ENV: 'production',
      ...realSecrets,
      ENCRYPTION_KEY: 'toBeModified1',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/missing or placeholder secrets: ENCRYPTION_KEY\./);
  });

  it('starts with real secrets, and development needs none', () => {
    expect(loadServerConfig({ NODE_ENV: 'production', ...realSecrets }).status).toBe(0);
    expect(loadServerConfig({ NODE_ENV: 'development' }).status).toBe(0);
  });
});

describe('a production boot', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    app = await startApp({
      NODE_ENV: 'production',
      ...realSecrets,
      CORS_ORIGINS: ALLOWED_ORIGIN,
      API_RATE_LIMIT_ENABLED: 'true',
      API_RATE_LIMIT_MAX: String(RATE_LIMIT),
      EXPORT_RATE_LIMIT_MAX: String(EXPORT_RATE_LIMIT),
    });
    admin = bearer(await superAdminJwt(app));
  });
  afterAll(async () => {
    await stopApp();
    for (const key of [
      ...SECRET_NAMES,
      'CORS_ORIGINS',
      'API_RATE_LIMIT_ENABLED',
      'API_RATE_LIMIT_MAX',
      'EXPORT_RATE_LIMIT_MAX',
    ])
      delete process.env[key];
    process.env.NODE_ENV = 'test';
  });

  it('creates no development admin and trusts the reverse proxy', async () => {
    expect(await app.strapi.db.query('admin::user').count()).toBe(1); // the suite's own
    expect(app.strapi.config.get('server.proxy')).toBe(true);
  });

  it('keeps open self-registration off', async () => {
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'walkin', email: 'walkin@test.local', password: 'Walkin1234abcd' });
    expect(res.status).toBe(403);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('rejects unknown query params, caps paging and populate depth', async () => {
    const unknown = await app.http().get('/api/articles?debug=1');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/debug/);
    const big = await app.http().get('/api/articles?pagination[pageSize]=5000');
    expect(big.body.meta.pagination.pageSize).toBe(100);
    const deep = await app
      .http()
      .get(
        '/api/articles?populate[column][populate][campaign][populate][articles][populate][column]=true'
      );
    expect(deep.status).toBe(400);
  });

  it('sends CORS headers to the configured origin only', async () => {
    const allowed = await app.http().get('/api/articles').set('Origin', ALLOWED_ORIGIN);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const evil = await app.http().get('/api/articles').set('Origin', 'https://evil.example');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app
      .http()
      .options('/api/articles')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps the security headers', async () => {
    const res = await app.http().get('/api/articles');
    expect(res.headers).toMatchObject({
      'x-frame-options': 'SAMEORIGIN',
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'referrer-policy': expect.any(String),
    });
    expect(res.headers['x-powered-by']).toBe('Strapi <strapi.io>');
  });

  it('serves no public documentation UI', async () => {
    expect((await app.http().get('/documentation')).status).toBe(404);
  });

  it('refuses executable and SVG uploads, accepts a PNG', async () => {
    const upload = (name: string, type: string, content: Buffer) =>
      app
        .http()
        .post('/upload')
        .set(admin)
        .attach('files', content, { filename: name, contentType: type });
    const exe = await upload(
      'setup.exe',
      'application/x-msdownload',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00')
    );
    const svg = await upload(
      'logo.svg',
      'image/svg+xml',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    );
    expect([exe.status, svg.status]).toEqual([400, 400]);
    expect(exe.body.error.message).toBeTruthy();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64'
    );
    expect((await upload('dot.png', 'image/png', png)).status).toBe(201);
    const stored = await app.strapi.db.query('plugin::upload.file').findMany();
    expect(stored.map((f: { ext: string }) => f.ext)).toEqual(['.png']);
    for (const file of stored) await app.strapi.plugin('upload').service('upload').remove(file);
  });

  // Last: it spends the rate-limit budgets the other tests share (one bucket per client IP).
  it('rate-limits the exports on their own budget, however the path is spelled', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < EXPORT_RATE_LIMIT + 2; i += 1) {
      const path = i % 2 ? '/CAMPAIGN-TALLY/Export' : '/campaign-tally/export';
      const res = await app.http().get(`${path}?campaign=none&format=json`).set(admin);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.error.message).toMatch(/Too many requests/);
        break;
      }
    }
    expect(statuses).toEqual([...Array(EXPORT_RATE_LIMIT).fill(404), 429]);
    // The other admin routes and the content API keep their own budgets.
    expect((await app.http().get('/campaign-tally/campaigns').set(admin)).status).toBe(200);
    expect((await app.http().get('/api/articles')).status).toBe(200);
  });

  it('rate-limits the content API however the path is spelled', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 5; i += 1) {
      const path = ['/api/articles', '/API/articles', '/Api/Articles/', '/aPi/ARTICLES'][i % 4];
      statuses.push((await app.http().get(path)).status);
      if (statuses.at(-1) === 429) break;
    }
    // Earlier tests may have spent part of the budget; every spelling draws from the same one.
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([200]));
    expect(statuses.length).toBeLessThanOrEqual(RATE_LIMIT + 1);
  });
});
