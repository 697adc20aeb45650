import { startApp, stopApp, type TestApp } from '../harness/strapi-app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ API_RATE_LIMIT_ENABLED: 'true', API_RATE_LIMIT_MAX: '8' });
});
afterAll(async () => {
  await stopApp();
  delete process.env.API_RATE_LIMIT_ENABLED;
  delete process.env.API_RATE_LIMIT_MAX;
});

describe('content API guard', () => {
  it('refuses populate nested deeper than the limit with a 400 that says so', async () => {
    const res = await app.http().get('/api/articles').query({
      'populate[column][populate][campaign][populate][articles][populate][departments]': 'true',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('populate is nested 4 levels deep; the limit is 3');
    const ok = await app
      .http()
      .get('/api/articles')
      .query({ 'populate[column][populate][campaign]': 'true' });
    expect(ok.status).toBe(200);
  });

  it('rate-limits one client on the content API with a 429 and a message', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1)
      statuses.push((await app.http().get('/api/departments')).status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(8);
    expect(statuses.at(-1)).toBe(429);
    const limited = await app.http().get('/api/departments');
    expect(limited.body.error.message).toMatch(/Too many requests/);
    // The admin panel is not behind the content-API limit.
    expect((await app.http().get('/admin/init')).status).toBe(200);
  });
});
