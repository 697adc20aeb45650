import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

// The response cache and the count cache must never serve a count or an item that a committed
// publish, unpublish, delete or direct write has changed. Run with REDIS_URL set for the Redis store.
let app: TestApp;
let slug: string;
let campaignId: string;

const articles = () => app.strapi.documents(CONTENT_TYPES.article);
const feed = (query: Record<string, string | number> = {}) =>
  app
    .http()
    .get('/api/articles')
    .query({
      'filters[campaign][slug][$eq]': slug,
      sort: 'publishedAt:desc',
      'pagination[pageSize]': 20,
      ...query,
    });
const total = (res: { body: { meta: { pagination: { total: number } } } }) =>
  res.body.meta.pagination.total;
const titles = (res: { body: { data: Array<{ title: string }> } }) =>
  res.body.data.map((a) => a.title).sort();

beforeAll(async () => {
  app = await startApp({ API_CACHE_REDIS_PREFIX: `cms:test:${process.pid}:${Date.now()}:` });
  const { campaign } = await createCampaignWithColumn(app, '缓存失效测试');
  slug = campaign.slug as string;
  campaignId = campaign.documentId;
  await createDocument(app, CONTENT_TYPES.article, {
    title: '稿件甲',
    format: 'news',
    campaign: campaignId,
  });
});
afterAll(stopApp);

describe('public feed response cache', () => {
  it('serves the second identical anonymous GET from the cache, unchanged', async () => {
    const first = await feed();
    const second = await feed();
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.headers['content-type']).toMatch(/application\/json/);
    expect(second.body).toEqual(first.body);
    expect(total(second)).toBe(1);
  });

  it('never caches a request with an Authorization header or Cache-Control: no-cache', async () => {
    const token = await apiToken(app);
    const authorised = await feed().set(bearer(token));
    expect(authorised.status).toBe(200);
    expect(authorised.headers['x-cache']).toBeUndefined();
    expect((await feed().set('Cache-Control', 'no-cache')).headers['x-cache']).toBeUndefined();
  });

  it('shows a publish at once, in the items and in the total', async () => {
    await feed();
    await createDocument(app, CONTENT_TYPES.article, {
      title: '稿件乙',
      format: 'news',
      campaign: campaignId,
    });
    const res = await feed();
    expect(res.headers['x-cache']).toBe('MISS');
    expect(total(res)).toBe(2);
    expect(titles(res)).toEqual(['稿件乙', '稿件甲']);
  });

  it('never lets a draft through, cached or not', async () => {
    const draft = await articles().create({
      data: { title: '草稿丙', format: 'news', campaign: campaignId },
    });
    for (const res of [
      await feed(),
      await feed(),
      await feed({ status: 'draft' }),
      await feed({ status: 'draft' }),
    ]) {
      expect(titles(res)).not.toContain('草稿丙');
      expect(total(res)).toBe(2);
    }
    await articles().delete({ documentId: draft.documentId });
  });

  it('drops an unpublished item and a deleted item from items and totals', async () => {
    const [a, b] = (await feed()).body.data as Array<{ documentId: string }>;
    await articles().unpublish({ documentId: a.documentId });
    let res = await feed();
    expect(total(res)).toBe(1);
    expect(res.body.data.map((x: { documentId: string }) => x.documentId)).toEqual([b.documentId]);
    await articles().delete({ documentId: b.documentId });
    res = await feed();
    expect(total(res)).toBe(0);
    expect(res.body.data).toEqual([]);
    await articles().publish({ documentId: a.documentId });
    expect(total(await feed())).toBe(1);
  });

  it('follows a direct Query Engine write as well as Document Service writes', async () => {
    await feed();
    await app.strapi.db
      .query(CONTENT_TYPES.article)
      .updateMany({ where: {}, data: { title: '改标题' } });
    expect(titles(await feed())).toEqual(['改标题']);
  });
});

describe('pagination totals (count cache) and the public totals route', () => {
  it('keeps the total right on every page after a publish and an unpublish', async () => {
    const pageOne = await feed({ 'pagination[pageSize]': 1, 'pagination[page]': 1 });
    const before = total(pageOne);
    const extra = await createDocument(app, CONTENT_TYPES.article, {
      title: '稿件丁',
      format: 'news',
      campaign: campaignId,
    });
    // Page 2 was never requested: only the count cache could carry the old total over.
    expect(total(await feed({ 'pagination[pageSize]': 1, 'pagination[page]': 2 }))).toBe(
      before + 1
    );
    await articles().unpublish({ documentId: extra.documentId });
    expect(total(await feed({ 'pagination[pageSize]': 1, 'pagination[page]': 3 }))).toBe(before);
  });

  it('updates the cached campaign totals after a publish and a delete', async () => {
    const url = `/api/campaign-tally/campaigns/${slug}/totals`;
    const before = (await app.http().get(url)).body.data.totals.articles as number;
    expect((await app.http().get(url)).headers['x-cache']).toBe('HIT');
    const added = await createDocument(app, CONTENT_TYPES.article, {
      title: '稿件戊',
      format: 'news',
      campaign: campaignId,
    });
    expect((await app.http().get(url)).body.data.totals.articles).toBe(before + 1);
    await articles().delete({ documentId: added.documentId });
    expect((await app.http().get(url)).body.data.totals.articles).toBe(before);
  });
});
