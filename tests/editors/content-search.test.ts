import fc from 'fast-check';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';

/**
 * The content manager's list search (`_q`) answered from the search index, compared with an
 * independent model: an article's draft is listed for a Chinese query exactly when its draft
 * title contains the query, as Strapi's own `LIKE '%…%'` decided. Titles are drawn from a few
 * characters so that queries hit often; the walk edits, publishes (drafts that then differ from
 * their published versions), unpublishes, discards and deletes, and the model follows.
 */
const CM = '/content-manager/collection-types/api::article.article';
const ALPHABET = ['营', '商', '环', '境', '优', '化', '，', ' '];
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let app: TestApp;
let admin: Record<string, string>;
let columnId = '';
const drafts = new Map<string, string>(); // documentId → draft title (the model)

const titleArb = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 12 })
  .map((chars) => `稿${chars.join('')}`);
const queryArb = fc
  .array(fc.constantFrom(...ALPHABET.slice(0, 6)), { minLength: 1, maxLength: 4 })
  .map((c) => c.join(''));

async function search(query: string) {
  const res = await app
    .http()
    .get(`${CM}?page=1&pageSize=100&sort=updatedAt:DESC&_q=${encodeURIComponent(query)}`)
    .set(admin)
    .expect(200);
  const found = (res.body.results as Array<{ documentId: string }>).map((r) => r.documentId);
  return { found: found.sort(), total: res.body.pagination.total as number };
}

function expected(query: string) {
  return [...drafts]
    .filter(([, title]) => title.includes(query))
    .map(([id]) => id)
    .sort();
}

async function expectModel(query: string) {
  const want = expected(query);
  const got = await search(query);
  expect({ query, found: got.found, total: got.total }).toEqual({
    query,
    found: want,
    total: want.length,
  });
}

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
  ({
    column: { documentId: columnId },
  } = await createCampaignWithColumn(app, '检索测试活动'));
});
afterAll(stopApp);

describe('list search (_q) from the search index', () => {
  it('finds Chinese substrings of draft titles, as LIKE did, through every edit', async () => {
    const articles = app.strapi.documents(CONTENT_TYPES.article);
    const titles = fc.sample(titleArb, { numRuns: 40, seed: SEED });
    for (const title of titles) {
      const res = await app
        .http()
        .post(CM)
        .set(admin)
        .send({ title, format: 'news', column: columnId })
        .expect(201);
      drafts.set(res.body.data.documentId, title);
    }
    const queries = fc.sample(queryArb, { numRuns: 30, seed: SEED + 1 });
    for (const q of queries) await expectModel(q);

    // A walk of editor actions; the model tracks draft titles only.
    const ids = [...drafts.keys()];
    const steps = fc.sample(
      fc.tuple(
        fc.nat(ids.length - 1),
        fc.constantFrom('edit', 'publish', 'publishEdit', 'unpublish', 'discard', 'delete'),
        titleArb
      ),
      { numRuns: 40, seed: SEED + 2 }
    );
    for (const [i, action, title] of steps) {
      const documentId = ids[i];
      if (!drafts.has(documentId)) continue;
      const path = `${CM}/${documentId}`;
      if (action === 'edit') {
        await app
          .http()
          .put(path)
          .set(admin)
          .send({ title, format: 'news', column: columnId })
          .expect(200);
        drafts.set(documentId, title);
      } else if (action === 'publish') {
        await app.http().post(`${path}/actions/publish`).set(admin).send({}).expect(200);
      } else if (action === 'publishEdit') {
        // Publish, then edit the draft so that it differs from the published version.
        await app.http().post(`${path}/actions/publish`).set(admin).send({}).expect(200);
        await articles.update({ documentId, data: { title } as never });
        drafts.set(documentId, title);
      } else if (action === 'unpublish') {
        const published = await articles.findOne({ documentId, status: 'published' });
        if (published) await articles.unpublish({ documentId });
      } else if (action === 'discard') {
        const published = await articles.findOne({ documentId, status: 'published' });
        if (!published) continue;
        await articles.discardDraft({ documentId });
        drafts.set(documentId, String(published.title));
      } else {
        await app.http().delete(path).set(admin).expect(200);
        drafts.delete(documentId);
      }
      const probe = fc.sample(queryArb, { numRuns: 1, seed: SEED + 3 + i })[0];
      await expectModel(probe);
    }
    for (const q of queries) await expectModel(q);
  });

  it('finds a title by one character, at the end of a run too, and Latin words by prefix', async () => {
    const created = await app
      .http()
      .post(CM)
      .set(admin)
      .send({ title: '国营Strategy稿', format: 'news', column: columnId })
      .expect(201);
    drafts.set(created.body.data.documentId, '国营Strategy稿');
    for (const q of ['营', '国营', '稿']) await expectModel(q);
    expect((await search('strat')).found).toContain(created.body.data.documentId);
    expect((await search('STRATEGY')).found).toContain(created.body.data.documentId);
    // A query with nothing to look up keeps Strapi's own search, and still answers.
    await app
      .http()
      .get(`${CM}?page=1&pageSize=10&_q=${encodeURIComponent('%_，')}`)
      .set(admin)
      .expect(200);
  });

  it('answers odd and oversized searches with a page, never an error', async () => {
    const odd = [
      '',
      '"',
      "'",
      '\\',
      '"营商" OR *',
      "营' || '商",
      'AND',
      'NEAR(a b)',
      '营商环境'.repeat(200),
    ];
    for (const q of odd) {
      const res = await app
        .http()
        .get(`${CM}?page=1&pageSize=10&_q=${encodeURIComponent(q)}`)
        .set(admin);
      expect([q.slice(0, 20), res.status]).toEqual([q.slice(0, 20), 200]);
    }
    for (const q of odd) {
      const res = await app.http().get(`/api/articles?_q=${encodeURIComponent(q)}`);
      expect([q.slice(0, 20), res.status < 500]).toEqual([q.slice(0, 20), true]);
    }
  });

  it('rebuilds an index that lost rows at the next boot', async () => {
    const { restartApp } = await import('../harness/strapi-app');
    await app.strapi.db.connection.raw('DELETE FROM articles_search');
    expect((await search('营')).total).toBe(0);
    app = await restartApp();
    admin = bearer(await superAdminJwt(app));
    await expectModel('营');
  });
});
