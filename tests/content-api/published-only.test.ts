import { restartApp, startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer, usersPermissionsJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

let app: TestApp;
const ids: Record<string, string> = {};
const callers: Array<[string, () => Record<string, string>]> = [];

const DRAFT_TITLE = '未发布的内部稿件：审批局整改清单';
const DRAFT_EDIT_TITLE = '已发布稿件的草稿修改（不应外泄）';

beforeAll(async () => {
  app = await startApp();
  const { campaign, column } = await createCampaignWithColumn(app);
  const dept = await app.strapi
    .documents(CONTENT_TYPES.department)
    .create({ data: { name: '区行政审批服务局', kind: 'district-department' } });
  const published = await createDocument(app, CONTENT_TYPES.article, {
    title: '审批局推行一窗受理',
    format: 'news',
    column: column.documentId,
    departments: [dept.documentId],
  });
  // A published article whose draft was then edited: the edit must stay private.
  await app.strapi
    .documents(CONTENT_TYPES.article)
    .update({ documentId: published.documentId, data: { title: DRAFT_EDIT_TITLE } });
  const draft = await createDocument(
    app,
    CONTENT_TYPES.article,
    {
      title: DRAFT_TITLE,
      format: 'commentary',
      column: column.documentId,
      departments: [dept.documentId],
    },
    { draft: true }
  );
  const draftColumn = await createDocument(
    app,
    CONTENT_TYPES.column,
    { name: '草稿专栏', outlet: 'tv', campaign: campaign.documentId },
    { draft: true }
  );
  const episode = await createDocument(app, CONTENT_TYPES.episode, {
    title: '张店民声 第1期',
    programme: '张店民声',
    number: 1,
    airDate: '2019-04-10',
    campaign: campaign.documentId,
    problems: [{ description: '企业开办材料多', status: 'resolved' }],
  });
  const pledge = await createDocument(app, CONTENT_TYPES.pledge, {
    title: '审批局承诺事项',
    department: dept.documentId,
    campaign: campaign.documentId,
    items: [{ content: '企业开办一日办结', status: 'fulfilled' }],
  });
  Object.assign(ids, {
    campaign: campaign.documentId,
    campaignSlug: campaign.slug as string,
    column: column.documentId,
    article: published.documentId,
    articleSlug: published.slug as string,
    draft: draft.documentId,
    draftSlug: draft.slug as string,
    draftColumn: draftColumn.documentId,
    department: dept.documentId,
    episode: episode.documentId,
    pledge: pledge.documentId,
  });
  const readOnly = await apiToken(app, 'read-only');
  const upJwt = await usersPermissionsJwt(app);
  callers.push(
    ['public', () => ({})],
    ['read-only token', () => bearer(readOnly)],
    ['users-permissions user', () => bearer(upJwt)]
  );
});
afterAll(stopApp);

const REST = {
  campaigns: 'campaign',
  'special-columns': 'column',
  articles: 'article',
  episodes: 'episode',
  departments: 'department',
  pledges: 'pledge',
} as const;

describe('every type lists, fetches one item and looks up by slug for the public', () => {
  it.each(Object.entries(REST))('/api/%s', async (path, key) => {
    const list = await app.http().get(`/api/${path}`);
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 20 });
    expect(list.body.data.length).toBeGreaterThan(0);

    const one = await app.http().get(`/api/${path}/${ids[key]}`);
    expect(one.status).toBe(200);
    expect(one.body.data.documentId).toBe(ids[key]);

    const slug = one.body.data.slug as string;
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    const bySlug = await app.http().get(`/api/${path}`).query({ 'filters[slug][$eq]': slug });
    expect(bySlug.body.data.map((d: { documentId: string }) => d.documentId)).toEqual([ids[key]]);
  });
});

describe('unpublished content never leaves the server', () => {
  it.each([0, 1, 2])('caller #%i: status=draft returns published versions only', async (i) => {
    const headers = callers[i][1]();
    const res = await app.http().get('/api/articles').query({ status: 'draft' }).set(headers);
    expect(res.status).toBe(200);
    const titles = res.body.data.map((d: { title: string }) => d.title);
    expect(titles).toEqual(['审批局推行一窗受理']);
    expect(JSON.stringify(res.body)).not.toContain(DRAFT_TITLE);
    expect(JSON.stringify(res.body)).not.toContain(DRAFT_EDIT_TITLE);
  });

  it.each([0, 1, 2])(
    "caller #%i: a draft's documentId is a 404, with or without status=draft",
    async (i) => {
      const headers = callers[i][1]();
      for (const query of [{}, { status: 'draft' }]) {
        expect(
          (await app.http().get(`/api/articles/${ids.draft}`).query(query).set(headers)).status
        ).toBe(404);
        expect(
          (
            await app
              .http()
              .get(`/api/special-columns/${ids.draftColumn}`)
              .query(query)
              .set(headers)
          ).status
        ).toBe(404);
      }
    }
  );

  it('populate of relations, deep and nested, reaches published versions only', async () => {
    const queries = [
      { populate: '*' },
      { 'populate[articles][populate][departments]': 'true', status: 'draft' },
      { 'populate[columns][populate][articles]': 'true', status: 'draft' },
    ];
    for (const query of queries) {
      const res = await app.http().get(`/api/campaigns/${ids.campaign}`).query(query);
      expect(res.status).toBe(200);
      const body = JSON.stringify(res.body);
      expect(body).not.toContain(DRAFT_TITLE);
      expect(body).not.toContain(DRAFT_EDIT_TITLE);
      expect(body).not.toContain('草稿专栏');
    }
  });

  it("a department's inverse relations are not readable, so they cannot leak draft rows", async () => {
    const populate = await app
      .http()
      .get(`/api/departments/${ids.department}`)
      .query({ 'populate[articles]': 'true' });
    expect(populate.status).toBe(400);
    const filter = await app
      .http()
      .get('/api/departments')
      .query({ 'filters[articles][title][$eq]': DRAFT_TITLE });
    expect(filter.status).toBe(400);
  });

  it('a filter on a draft-only value answers exactly like a filter on a value that does not exist', async () => {
    const draftOnly = await app
      .http()
      .get('/api/articles')
      .query({ 'filters[title][$eq]': DRAFT_TITLE, status: 'draft' });
    const missing = await app
      .http()
      .get('/api/articles')
      .query({ 'filters[title][$eq]': '根本不存在的标题', status: 'draft' });
    expect(draftOnly.status).toBe(missing.status);
    expect(draftOnly.body).toEqual(missing.body);
    const slugOracle = await app
      .http()
      .get('/api/articles')
      .query({ 'filters[slug][$eq]': ids.draftSlug });
    expect(slugOracle.body.data).toEqual([]);
    const viaRelation = await app
      .http()
      .get('/api/special-columns')
      .query({ 'filters[articles][title][$eq]': DRAFT_TITLE, status: 'draft' });
    expect(viaRelation.body.data).toEqual([]);
  });

  it('fields cannot select draft data', async () => {
    const res = await app
      .http()
      .get(`/api/articles/${ids.article}`)
      .query({ 'fields[0]': 'title', status: 'draft' });
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe('审批局推行一窗受理');
  });
});

describe('writes and registration are closed to the public and read-only callers', () => {
  it.each(Object.keys(REST))(
    'POST/PUT/DELETE /api/%s are 403 for the public and a read-only token',
    async (path) => {
      const readOnly = callers[1][1]();
      for (const headers of [{}, readOnly]) {
        expect(
          (
            await app
              .http()
              .post(`/api/${path}`)
              .set(headers)
              .send({ data: { title: 'x', name: 'x' } })
          ).status
        ).toBe(403);
        const anyId = ids[REST[path as keyof typeof REST]];
        expect(
          (
            await app
              .http()
              .put(`/api/${path}/${anyId}`)
              .set(headers)
              .send({ data: { title: 'x' } })
          ).status
        ).toBe(403);
        expect((await app.http().delete(`/api/${path}/${anyId}`).set(headers)).status).toBe(403);
      }
      expect(
        (await app.http().get(`/api/${path}/${ids[REST[path as keyof typeof REST]]}`)).status
      ).toBe(200);
    }
  );

  it('open self-registration is off', async () => {
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'someone', email: 'someone@test.local', password: 'Passw0rd!x' });
    expect(res.status).toBe(403);
  });

  it('unknown root query params are a 400, not ignored', async () => {
    const res = await app.http().get('/api/articles').query({ publicationState: 'preview' });
    expect(res.status).toBe(400);
  });

  it('paging is capped at 100 per page', async () => {
    const res = await app.http().get('/api/articles').query({ 'pagination[pageSize]': 5000 });
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.pageSize).toBe(100);
  });
});

describe('public permissions', () => {
  it('are granted once and never duplicated across restarts', async () => {
    const countRows = async () => {
      const role = await app.strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'public' } });
      const rows = await app.strapi.db
        .query('plugin::users-permissions.permission')
        .findMany({ where: { role: role.id }, select: ['action'] });
      return rows.map((r) => r.action as string).sort();
    };
    const before = await countRows();
    expect(before).toContain('api::article.article.find');
    expect(new Set(before).size).toBe(before.length);
    app = await restartApp();
    app = await restartApp();
    expect(await countRows()).toEqual(before);
    expect((await app.http().get(`/api/articles/${ids.article}`)).status).toBe(200);
  });
});
