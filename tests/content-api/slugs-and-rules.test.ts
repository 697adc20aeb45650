import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, apiToken, editorJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(stopApp);

describe('server-side slugs', () => {
  it('fills a pinyin slug on every write path when it is empty', async () => {
    const { campaign, column } = await createCampaignWithColumn(app);
    expect(campaign.slug).toBe('you-hua-ying-shang-huan-jing-da-tao-lun-da-fan-si-da-ti-sheng');

    // Document Service
    const viaService = await createDocument(app, CONTENT_TYPES.article, {
      title: '张店区召开优化营商环境推进会',
      format: 'news',
      column: column.documentId,
    });
    expect(viaService.slug).toBe('zhang-dian-qu-zhao-kai-you-hua-ying-shang-huan-jing-tui-jin-hui');

    // REST with a full-access token
    const token = await apiToken(app, 'full-access');
    const rest = await app
      .http()
      .post('/api/articles')
      .set(bearer(token))
      .send({
        data: {
          title: '张店区召开优化营商环境推进会',
          format: 'news',
          campaign: campaign.documentId,
        },
      });
    expect(rest.status).toBe(201);
    expect(rest.body.data.slug).toBe(
      'zhang-dian-qu-zhao-kai-you-hua-ying-shang-huan-jing-tui-jin-hui-2'
    );

    // Admin content-manager, as the edit view sends it
    const jwt = await editorJwt(app);
    const cm = await app
      .http()
      .post(`/content-manager/collection-types/${CONTENT_TYPES.article}`)
      .set(bearer(jwt))
      .send({
        title: '“回头看”：5G政务服务进社区！',
        format: 'interview',
        slug: '',
        campaign: { connect: [{ documentId: campaign.documentId }] },
      });
    expect(cm.status).toBe(201);
    expect(cm.body.data.slug).toBe('hui-tou-kan-5g-zheng-wu-fu-wu-jin-she-qu');
  });

  it('keeps an editor-chosen slug and refuses one that is taken', async () => {
    const dept = await app.strapi.documents(CONTENT_TYPES.department).create({
      data: { name: '区行政审批服务局', kind: 'district-department', slug: 'shen-pi-ju' },
    });
    expect(dept.slug).toBe('shen-pi-ju');
    await expect(
      app.strapi
        .documents(CONTENT_TYPES.department)
        .create({ data: { name: '区审批局', kind: 'district-department', slug: 'shen-pi-ju' } })
    ).rejects.toThrow(/already used/);
    const punctuationOnly = await app.strapi
      .documents(CONTENT_TYPES.department)
      .create({ data: { name: '！？', kind: 'other' } });
    expect(punctuationOnly.slug).toBe('department');
  });
});

describe("the admin's slug field", () => {
  it('proposes the same pinyin slug the server would store, numbered when taken', async () => {
    const jwt = await editorJwt(app);
    const propose = (title: string) =>
      app
        .http()
        .post('/content-manager/uid/generate')
        .set(bearer(jwt))
        .send({ contentTypeUID: CONTENT_TYPES.article, field: 'slug', data: { title } });
    const fresh = await propose('5G政务服务进社区');
    expect(fresh.status).toBe(200);
    expect(fresh.body.data).toBe('5g-zheng-wu-fu-wu-jin-she-qu');
    const { campaign } = await createCampaignWithColumn(app, '活动丁');
    await createDocument(app, CONTENT_TYPES.article, {
      title: '5G政务服务进社区',
      format: 'news',
      campaign: campaign.documentId,
    });
    expect((await propose('5G政务服务进社区')).body.data).toBe('5g-zheng-wu-fu-wu-jin-she-qu-2');
  });
});

describe('article campaign follows its column', () => {
  it('fills the campaign from the column and refuses a disagreeing pair with a 400', async () => {
    const a = await createCampaignWithColumn(app, '活动甲');
    const b = await createCampaignWithColumn(app, '活动乙');
    const filled = await app.strapi.documents(CONTENT_TYPES.article).findOne({
      documentId: (
        await createDocument(app, CONTENT_TYPES.article, {
          title: '稿件一',
          format: 'news',
          column: a.column.documentId,
        })
      ).documentId,
      populate: ['campaign'],
      status: 'published',
    });
    expect((filled?.campaign as { documentId: string }).documentId).toBe(a.campaign.documentId);

    const token = await apiToken(app, 'full-access');
    const before = await app.strapi.db.query(CONTENT_TYPES.article).count({});
    const res = await app
      .http()
      .post('/api/articles')
      .set(bearer(token))
      .send({
        data: {
          title: '错配稿件',
          format: 'news',
          column: a.column.documentId,
          campaign: b.campaign.documentId,
        },
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/所选专栏属于另一个专项活动/);
    expect(await app.strapi.db.query(CONTENT_TYPES.article).count({})).toBe(before);
  });
});

describe('episode numbers are unique within a programme', () => {
  it('refuses a second 第1期 of the same programme with a 400 and stores nothing', async () => {
    const { campaign } = await createCampaignWithColumn(app, '活动丙');
    const token = await apiToken(app, 'full-access');
    const episode = {
      title: '张店民声 第1期',
      programme: '张店民声',
      number: 1,
      airDate: '2019-04-10',
      campaign: campaign.documentId,
    };
    expect(
      (await app.http().post('/api/episodes').set(bearer(token)).send({ data: episode })).status
    ).toBe(201);
    const again = await app
      .http()
      .post('/api/episodes')
      .set(bearer(token))
      .send({ data: { ...episode, title: '重复' } });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/已有第1期/);
    const other = await app
      .http()
      .post('/api/episodes')
      .set(bearer(token))
      .send({ data: { ...episode, programme: '问政张店', title: '另一节目' } });
    expect(other.status).toBe(201);
    expect(
      await app.strapi.db.query(CONTENT_TYPES.episode).count({ where: { title: '重复' } })
    ).toBe(0);
  });
});
