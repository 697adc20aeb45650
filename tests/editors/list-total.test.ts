import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';

/**
 * The total under the content manager's list page comes from the draft counts kept beside each
 * write (src/performance/draft-counts.ts), not from counting rows. After every kind of write it
 * must equal a fresh count of the drafts, and the page must not have counted rows to say so.
 */
const CM = '/content-manager/collection-types/api::article.article';

let app: TestApp;
let admin: Record<string, string>;
let columnId = '';

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
  ({
    column: { documentId: columnId },
  } = await createCampaignWithColumn(app, '列表总数活动'));
});
afterAll(stopApp);

async function listTotal() {
  const statements: string[] = [];
  const listener = (q: { sql: string }) => statements.push(q.sql);
  app.strapi.db.connection.on('query', listener);
  try {
    const res = await app
      .http()
      .get(`${CM}?page=1&pageSize=10&sort=updatedAt:DESC`)
      .set(admin)
      .expect(200);
    return { total: res.body.pagination.total as number, statements };
  } finally {
    app.strapi.db.connection.off('query', listener);
  }
}

async function expectExactTotal() {
  const { total, statements } = await listTotal();
  const fresh = Number(
    (await app.strapi.db.connection('articles').whereNull('published_at').count({ n: '*' }))[0].n
  );
  expect(total).toBe(fresh);
  expect(statements.filter((s) => /count\(/i.test(s) && /from ["`]articles["`]/i.test(s))).toEqual(
    []
  );
}

describe("the content manager list's total", () => {
  it('equals a fresh count after create, clone, publish, edit, discard, unpublish and delete', async () => {
    const articles = app.strapi.documents(CONTENT_TYPES.article);
    await expectExactTotal();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await app
        .http()
        .post(CM)
        .set(admin)
        .send({ title: `总数稿件${i}`, format: 'news', column: columnId })
        .expect(201);
      ids.push(res.body.data.documentId);
      await expectExactTotal();
    }
    await app.http().post(`${CM}/${ids[0]}/actions/publish`).set(admin).send({}).expect(200);
    await expectExactTotal();
    await articles.update({ documentId: ids[0], data: { title: '总数稿件改' } });
    await articles.discardDraft({ documentId: ids[0] });
    await expectExactTotal();
    const clone = await app
      .http()
      .post(`${CM}/clone/${ids[1]}`)
      .set(admin)
      .send({ title: '总数复制', slug: 'zong-shu-fu-zhi' });
    expect(clone.status).toBeLessThan(300);
    await expectExactTotal();
    await app.http().post(`${CM}/${ids[0]}/actions/unpublish`).set(admin).send({}).expect(200);
    await expectExactTotal();
    await app
      .http()
      .post(`${CM}/actions/bulkDelete`)
      .set(admin)
      .send({ documentIds: ids.slice(1) })
      .expect(200);
    await expectExactTotal();
    await app.http().delete(`${CM}/${ids[0]}`).set(admin).expect(200);
    await expectExactTotal();
  });

  it('answers a count made inside a transaction (SQLite has one connection)', async () => {
    const articles = app.strapi.documents(CONTENT_TYPES.article);
    const inside = await app.strapi.db.transaction(() => articles.count({}));
    expect(inside).toBe(await articles.count({}));
  });

  it('counts rows when the list is filtered or searched', async () => {
    const res = await app
      .http()
      .get(`${CM}?page=1&pageSize=10&filters[$and][0][format][$eq]=news`)
      .set(admin)
      .expect(200);
    const fresh = Number(
      (
        await app.strapi.db
          .connection('articles')
          .whereNull('published_at')
          .where({ format: 'news' })
          .count({ n: '*' })
      )[0].n
    );
    expect(res.body.pagination.total).toBe(fresh);
  });

  it('is recounted at boot, after writes that went around the Document Service', async () => {
    const { restartApp } = await import('../harness/strapi-app');
    await app.strapi.db.connection('app_draft_counts').update({ drafts: 12345 });
    app = await restartApp();
    admin = bearer(await superAdminJwt(app));
    await expectExactTotal();
  });
});
