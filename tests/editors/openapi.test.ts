import fs from 'fs';
import path from 'path';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';

let app: TestApp;
// Each run writes its own version, so parallel suites never read a half-written shared file.
const version = `0.0.${process.pid}`;
let docDir: string;
let spec: {
  info: Record<string, string>;
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, unknown>>;
};

beforeAll(async () => {
  app = await startApp();
  const docs = app.strapi.plugin('documentation').service('documentation');
  await docs.generateFullDoc(version);
  docDir = path.join(docs.getFullDocumentationPath(), version);
  spec = JSON.parse(fs.readFileSync(path.join(docDir, 'full_documentation.json'), 'utf8'));
});
afterAll(async () => {
  fs.rmSync(docDir, { recursive: true, force: true });
  await stopApp();
});

describe('OpenAPI document for the app', () => {
  it('describes the content API and the campaign totals route', () => {
    expect(spec.info.title).toBe('爱张店 APP 内容接口');
    expect(spec.servers[0].url).toMatch(/\/api$/);
    for (const type of [
      'articles',
      'special-columns',
      'campaigns',
      'episodes',
      'pledges',
      'departments',
      'reporters',
    ]) {
      expect(spec.paths[`/${type}`]).toHaveProperty('get');
      expect(spec.paths[`/${type}/{id}`]).toHaveProperty('get');
    }
    const totals = spec.paths['/campaign-tally/campaigns/{slug}/totals'];
    expect(totals).toHaveProperty('get.responses.200');
    expect(totals).toHaveProperty('get.responses.404');
  });

  it('leaves out plugin routes the app does not use', () => {
    expect(
      Object.keys(spec.paths).filter((p) => p.startsWith('/auth') || p.startsWith('/upload'))
    ).toEqual([]);
  });

  it('serves the Swagger UI without an admin login', async () => {
    const res = await app.http().get(`/documentation/v${version}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain('/campaign-tally/campaigns/{slug}/totals');
  });

  it('does not loosen the content API', async () => {
    expect((await app.http().get('/api/articles')).status).toBe(200);
    expect((await app.http().get('/api/articles').query({ unknownParam: 1 })).status).toBe(400);
    expect(
      (
        await app
          .http()
          .post('/api/articles')
          .send({ data: { title: 'x' } })
      ).status
    ).toBe(403);
  });
});
