import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { createAppUser } from '../harness/callers';
import { generateSecrets, SECRET_NAMES } from '../../src/env/secrets';

/**
 * Trusted-proxy behaviour with real X-Forwarded-* headers, as nginx (docs/production.md) sends
 * them: it appends the address it saw to X-Forwarded-For and sets X-Forwarded-Proto. Each test
 * uses its own client addresses, so the rate-limit buckets of one never touch another's.
 */
const RATE_LIMIT = 3;
const PASSWORD = 'Proxy1234abcd';
const ENV_KEYS = [
  ...SECRET_NAMES,
  'IS_PROXIED',
  'API_RATE_LIMIT_ENABLED',
  'API_RATE_LIMIT_MAX',
  'API_RATE_LIMIT_INTERVAL_SECONDS',
];

let app: TestApp;
const bootProduction = async (isProxied: 'true' | 'false') => {
  app = await startApp({
    NODE_ENV: 'production',
    ...generateSecrets(),
    IS_PROXIED: isProxied,
    API_RATE_LIMIT_ENABLED: 'true',
    API_RATE_LIMIT_MAX: String(RATE_LIMIT),
    // Long enough that no bucket empties while a test runs.
    API_RATE_LIMIT_INTERVAL_SECONDS: '600',
  });
};
const shutDown = async () => {
  await stopApp();
  for (const key of ENV_KEYS) delete process.env[key];
  process.env.NODE_ENV = 'test';
};

/** One content-API read carrying the X-Forwarded-For header nginx would send on. */
const read = (forwardedFor: string) =>
  app.http().get('/api/departments').set('X-Forwarded-For', forwardedFor);

/** Reads until the limit answers (at most one past it); returns every status seen. */
async function spend(forwardedFor: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i <= RATE_LIMIT; i += 1) {
    const { status } = await read(forwardedFor);
    statuses.push(status);
    if (status === 429) break;
  }
  return statuses;
}
const EXHAUSTED = [...Array(RATE_LIMIT).fill(200), 429];

let accountCount = 0;
/** Creates a super admin and logs in with the given forwarded headers; returns its cookies. */
async function adminLoginCookies(headers: Record<string, string>): Promise<string[]> {
  const superAdmin = await app.strapi.db
    .query('admin::role')
    .findOne({ where: { code: 'strapi-super-admin' } });
  const email = `proxy-${process.pid}-${(accountCount += 1)}@test.local`;
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Proxy',
    lastname: 'Admin',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  const res = await app
    .http()
    .post('/admin/login')
    .set(headers)
    .send({ email, password: PASSWORD });
  expect(res.status).toBe(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  expect(cookies.some((cookie) => cookie.startsWith('strapi_admin_refresh='))).toBe(true);
  return cookies;
}
/** Creates an app user and logs in over /api/auth/local; returns the response. */
async function appUserLogin(headers: Record<string, string>) {
  const credentials = await createAppUser(app);
  return app.http().post('/api/auth/local').set(headers).send(credentials);
}
const isSecure = (cookie: string) =>
  cookie
    .split(';')
    .map((part) => part.trim().toLowerCase())
    .includes('secure');

describe('behind the trusted proxy (IS_PROXIED=true)', () => {
  beforeAll(() => bootProduction('true'));
  afterAll(shutDown);

  it('gives two clients with different forwarded addresses separate buckets', async () => {
    expect(await spend('203.0.113.10')).toEqual(EXHAUSTED);
    expect((await read('203.0.113.11')).status).toBe(200);
    expect((await read('203.0.113.10')).status).toBe(429);
  });

  it('keeps a client that forges a left-most entry in its real bucket', async () => {
    expect(await spend('203.0.113.20')).toEqual(EXHAUSTED);
    // The client sent X-Forwarded-For itself; nginx appended the address it really came from.
    expect((await read('198.51.100.20, 203.0.113.20')).status).toBe(429);
    expect((await read('198.51.100.21, 10.9.9.9, 203.0.113.20')).status).toBe(429);
    // The forged address's own bucket was never touched.
    expect((await read('198.51.100.20')).status).toBe(200);
  });

  it("lets no client spend another client's bucket by forging its address", async () => {
    expect(await spend('198.51.100.30, 203.0.113.31')).toEqual(EXHAUSTED);
    expect((await read('198.51.100.30')).status).toBe(200);
  });

  it('sets the admin login cookies Secure when the proxy says the request was https', async () => {
    const https = await adminLoginCookies({
      'X-Forwarded-For': '203.0.113.40',
      'X-Forwarded-Proto': 'https',
    });
    expect(https.filter((cookie) => !isSecure(cookie))).toEqual([]);
    const http = await adminLoginCookies({
      'X-Forwarded-For': '203.0.113.41',
      'X-Forwarded-Proto': 'http',
    });
    expect(http.filter(isSecure)).toEqual([]);
  });

  it('lets app users log in over https, with a Secure refresh cookie', async () => {
    // users-permissions marks its cookie Secure in production whatever the request, and koa
    // refuses to send one on a request it believes is plain http: login works only if the
    // proxy's X-Forwarded-Proto is trusted.
    const res = await appUserLogin({
      'X-Forwarded-For': '203.0.113.42',
      'X-Forwarded-Proto': 'https',
    });
    expect(res.status).toBe(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.some((cookie) => cookie.startsWith('strapi_up_refresh='))).toBe(true);
    expect(cookies.filter((cookie) => !isSecure(cookie))).toEqual([]);
  });

  it('refuses an app sign-in over plain http with a 403 that says why, not a 500', async () => {
    const res = await appUserLogin({
      'X-Forwarded-For': '203.0.113.43',
      'X-Forwarded-Proto': 'http',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/needs https/);
  });
});

describe('facing clients directly (IS_PROXIED=false)', () => {
  beforeAll(() => bootProduction('false'));
  afterAll(shutDown);

  it('keeps one bucket per connection, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i += 1) {
      statuses.push((await read(`192.0.2.${i + 1}`)).status);
    }
    // Another bucket per header value would have answered 200 every time.
    expect(statuses).toContain(429);
    expect((await read('192.0.2.200')).status).toBe(429);
  });

  it('ignores X-Forwarded-Proto, so cookies are not marked Secure on plain http', async () => {
    const cookies = await adminLoginCookies({
      'X-Forwarded-For': '192.0.2.50',
      'X-Forwarded-Proto': 'https',
    });
    expect(cookies.filter(isSecure)).toEqual([]);
  });
});
