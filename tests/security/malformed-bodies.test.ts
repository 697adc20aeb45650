import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';
import { callerOf, cm, type Headers } from './admin-fixtures';
import { dataChecksum } from './data-checksum';

/**
 * Issue 9, malformed bodies: a body that is not a JSON object, or one nested 5,000 deep, is a 400
 * with a message on every write route (admin, content API, auth), never a 500, and stores nothing.
 */
const ARTICLES = cm(CONTENT_TYPES.article);
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

let app: TestApp;
let editor: Headers;
let articleId = '';

beforeAll(async () => {
  app = await startApp();
  const { campaign } = await createCampaignWithColumn(app, '畸形请求活动');
  articleId = (
    await createDocument(app, CONTENT_TYPES.article, {
      title: '畸形请求稿件',
      format: 'news',
      campaign: campaign.documentId,
    })
  ).documentId;
  editor = await callerOf(app, 'editor');
});
afterAll(stopApp);

type Send = { label: string; method: 'post' | 'put'; url: string; headers: Headers };

async function refusals(sends: Send[], type: string, body: string) {
  const failures: string[] = [];
  for (const { label, method, url, headers } of sends) {
    const res = await app.http()[method](url).set(headers).set('Content-Type', type).send(body);
    const message = res.body?.error?.message as string | undefined;
    if (res.status < 400 || res.status >= 500 || !message)
      failures.push(`${label}: ${res.status} ${message ?? res.text.slice(0, 120)}`);
  }
  return failures;
}

describe('content-manager bodies that are not a document', () => {
  it('an array, text/plain, a string and an id not of the document are a 4xx, storing nothing', async () => {
    const before = await dataChecksum(app.strapi);
    const sends: Send[] = [
      { label: 'create', method: 'post', url: ARTICLES, headers: editor },
      { label: 'update', method: 'put', url: `${ARTICLES}/${articleId}`, headers: editor },
      {
        label: 'publish',
        method: 'post',
        url: `${ARTICLES}/${articleId}/actions/publish`,
        headers: editor,
      },
      {
        label: 'create, path spelt in capitals',
        method: 'post',
        url: `/CONTENT-MANAGER/collection-types/${CONTENT_TYPES.article}`,
        headers: editor,
      },
    ];
    expect(await refusals(sends, 'application/json', '[1,2]')).toEqual([]);
    expect(await refusals(sends, 'text/plain', 'title=x')).toEqual([]);
    // Row 1 exists; it is not a row of a new document, and 99999 is no row of the updated one.
    expect(await refusals(sends.slice(0, 1), 'application/json', '{"id":1}')).toEqual([]);
    expect(await refusals(sends, 'application/json', '{"id":99999}')).toEqual([]);
    expect(await refusals(sends, 'application/json', '"just a string"')).toEqual([]);
    expect(await dataChecksum(app.strapi)).toEqual(before);
  });
});

describe('deeply nested bodies', () => {
  it('are a 400 naming the limit on admin, auth and content-API write routes', async () => {
    const fullAccess = bearer(await apiToken(app, 'full-access'));
    const sends: Send[] = [
      { label: 'auth/local', method: 'post', url: '/api/auth/local', headers: {} },
      { label: 'reset-password', method: 'post', url: '/admin/reset-password', headers: {} },
      { label: 'admin login', method: 'post', url: '/admin/login', headers: {} },
      { label: 'cm update', method: 'put', url: `${ARTICLES}/${articleId}`, headers: editor },
      {
        label: 'content-API update',
        method: 'put',
        url: `/api/articles/${articleId}`,
        headers: fullAccess,
      },
    ];
    const before = await dataChecksum(app.strapi);
    for (const body of [nested(5000), nestedArray(5000)]) {
      const failures: string[] = [];
      for (const { label, method, url, headers } of sends) {
        const http = app.http();
        const res = await http[method](url)
          .set(headers)
          .set('Content-Type', 'application/json')
          .send(body);
        if (res.status !== 400 || !String(res.body?.error?.message).includes('32'))
          failures.push(`${label}: ${res.status} ${res.text.slice(0, 120)}`);
      }
      expect(failures).toEqual([]);
    }
    expect(await dataChecksum(app.strapi)).toEqual(before);
  });

  it('pass the depth guard at 32 levels and are refused at 33', async () => {
    const login = (body: string) =>
      app.http().post('/admin/login').set('Content-Type', 'application/json').send(body);
    const atLimit = await login(nested(32).replace(/^\{"a":/, '{"email":'));
    expect(atLimit.body.error?.message ?? '').not.toMatch(/nested deeper/);
    expect(atLimit.status).toBeLessThan(500);
    const over = await login(nested(33));
    expect(over.status).toBe(400);
    expect(over.body.error.message).toMatch(/nested deeper than 32/);
  });
});
