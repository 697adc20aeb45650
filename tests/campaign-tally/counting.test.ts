import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createDocument, createPublishedAt } from '../harness/fixtures';
import type { AppContentType } from '../../src/content-rules/uids';
import { createDraft } from '../../src/seed/publish-backdated';
import { CM, createDepartment, firstPublishedOf } from './tally-fixtures';

let app: TestApp;
let jwt: string;

const tally = (query: Record<string, string>) =>
  app.http().get('/campaign-tally/tallies').query(query).set(bearer(jwt));

const ledger = () => app.strapi.plugin('campaign-tally').service('ledger');

/** Items first, then what they point at. */
const REMOVAL_ORDER: AppContentType[] = [
  CONTENT_TYPES.pledge,
  CONTENT_TYPES.episode,
  CONTENT_TYPES.article,
  CONTENT_TYPES.column,
  CONTENT_TYPES.campaign,
  CONTENT_TYPES.department,
];

/**
 * Deletes every document of the app's types through the Document Service, so the ledger follows:
 * each test counts its own campaign on an otherwise empty database (the department list, the
 * district-department total and a ledger rebuild all cover the whole database).
 */
async function removeAllContent() {
  for (const uid of REMOVAL_ORDER) {
    const rows = await app.strapi.db.query(uid).findMany({ select: ['documentId'] });
    for (const documentId of new Set(rows.map((row) => row.documentId as string)))
      await app.strapi.documents(uid).delete({ documentId });
  }
}

interface CampaignWorld {
  ids: Record<string, string>;
  slugA: string;
  slugB: string;
}

/**
 * A fresh world: campaigns A (with two phases) and B, a TV column, three departments, and A's
 * items a1–a6 and a8, an episode and a pledge (a3 stays a draft, a4 is unpublished, a5 deleted,
 * a6 has an unpublished draft edit). `a7` adds the article the content-manager test publishes
 * (first published 11 May), and `a8InB` moves a8 to B as the move test does.
 */
async function createCampaignWorld(
  opts: { a7?: boolean; a8InB?: boolean } = {}
): Promise<CampaignWorld> {
  await removeAllContent();
  const ids: Record<string, string> = {};
  const A = await createDocument(app, CONTENT_TYPES.campaign, {
    name: '优化营商环境大讨论大反思大提升',
    phases: [
      { name: '学习讨论', startDate: '2019-03-01', endDate: '2019-03-31' },
      { name: '查摆整改', startDate: '2019-04-01', endDate: '2019-06-30' },
    ],
  });
  const B = await createDocument(app, CONTENT_TYPES.campaign, { name: '文明城市创建' });
  ids.A = A.documentId;
  ids.B = B.documentId;
  const tv = await createDocument(app, CONTENT_TYPES.column, {
    name: '电视专栏',
    outlet: 'tv',
    campaign: ids.A,
  });
  const d1 = await createDepartment(app, '区行政审批服务局', 'district-department', 1);
  const d2 = await createDepartment(app, '区发展和改革局', 'district-department', 2);
  const d3 = await createDepartment(app, '马尚街道', 'street', 3);
  Object.assign(ids, {
    tv: tv.documentId,
    d1: d1.documentId,
    d2: d2.documentId,
    d3: d3.documentId,
  });

  const article = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    format: 'news',
    campaign: ids.A,
    ...extra,
  });
  // 00:30 on 1 April in Beijing is still 31 March in UTC: the period must follow Beijing time.
  ids.a1 = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    article('多部门稿件', { column: ids.tv, departments: [ids.d1, ids.d2] }),
    '2019-03-31T16:30:00Z'
  );
  ids.a2 = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    article('专访', { format: 'interview' }),
    '2019-03-31T15:59:00Z'
  );
  ids.a3 = await createDraft(app.strapi, CONTENT_TYPES.article, article('草稿'));
  ids.a4 = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    article('撤回的稿件'),
    '2019-04-02T02:00:00Z'
  );
  await app.strapi.documents(CONTENT_TYPES.article).unpublish({ documentId: ids.a4 });
  ids.a5 = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    article('删除的稿件'),
    '2019-04-03T02:00:00Z'
  );
  await app.strapi.documents(CONTENT_TYPES.article).delete({ documentId: ids.a5 });
  ids.a6 = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    article('草稿改动'),
    '2019-05-10T02:00:00Z'
  );
  // A draft edit of a published item changes nothing until it is published.
  await app.strapi
    .documents(CONTENT_TYPES.article)
    .update({ documentId: ids.a6, data: { title: '改了', campaign: ids.B } });
  if (opts.a7) {
    ids.a7 = await createPublishedAt(
      app,
      CONTENT_TYPES.article,
      article('后台发布的稿件'),
      '2019-05-11T02:00:00Z'
    );
  }
  ids.a8 = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    article('换活动的稿件'),
    '2019-05-20T02:00:00Z'
  );
  if (opts.a8InB) await moveA8ToB(ids);

  ids.e1 = await createPublishedAt(
    app,
    CONTENT_TYPES.episode,
    {
      title: '张店民声 第1期',
      programme: '张店民声',
      number: 1,
      airDate: '2019-04-10',
      campaign: ids.A,
      problems: [
        { description: '审批慢', status: 'resolved' },
        { description: '跑腿多', status: 'rectifying' },
        { description: '标准不清', status: 'open' },
      ],
    },
    '2019-04-10T12:00:00Z'
  );
  ids.p1 = await createPublishedAt(
    app,
    CONTENT_TYPES.pledge,
    {
      title: '审批局承诺',
      campaign: ids.A,
      department: ids.d1,
      items: [
        { content: '一次办好', status: 'fulfilled' },
        { content: '容缺受理', status: 'pledged' },
      ],
    },
    '2019-03-15T01:00:00Z'
  );
  return { ids, slugA: A.slug as string, slugB: B.slug as string };
}

/** a8 moves to campaign B with a change published at once. */
const moveA8ToB = (ids: Record<string, string>) =>
  app.strapi
    .documents(CONTENT_TYPES.article)
    .update({ documentId: ids.a8, data: { campaign: ids.B }, status: 'published' });

/** The world every tally test reads: the one the content-manager and move tests leave behind. */
const tallyWorld = () => createCampaignWorld({ a7: true, a8InB: true });

beforeAll(async () => {
  app = await startApp();
  jwt = await superAdminJwt(app);
});
afterAll(stopApp);

describe('counting through the admin content-manager API', () => {
  it('counts a content-manager publish once, keeps its first-published period across re-publishing', async () => {
    const { ids, slugA } = await createCampaignWorld();
    const created = await app
      .http()
      .post(`${CM}/${CONTENT_TYPES.article}`)
      .set(bearer(jwt))
      .send({
        title: '后台发布的稿件',
        format: 'news',
        campaign: { connect: [{ documentId: ids.A }] },
      });
    expect(created.status).toBe(201);
    ids.a7 = created.body.data.documentId;
    await app.strapi.db.query(CONTENT_TYPES.article).update({
      where: { documentId: ids.a7, publishedAt: null },
      data: { firstPublishedAt: new Date('2019-05-11T02:00:00Z') },
    });
    const publish = () =>
      app
        .http()
        .post(`${CM}/${CONTENT_TYPES.article}/${ids.a7}/actions/publish`)
        .set(bearer(jwt))
        .send({});
    expect((await publish()).status).toBe(200);
    const first = await firstPublishedOf(app, CONTENT_TYPES.article, ids.a7);
    expect(
      (
        await app
          .http()
          .post(`${CM}/${CONTENT_TYPES.article}/${ids.a7}/actions/unpublish`)
          .set(bearer(jwt))
          .send({})
      ).status
    ).toBe(200);
    // a1, a2, a6 and a8 remain (this world leaves a8 in A; the move test moves it to B).
    expect((await tally({ campaign: slugA })).body.data.totals.articles).toBe(4);
    expect((await publish()).status).toBe(200);
    expect(await firstPublishedOf(app, CONTENT_TYPES.article, ids.a7)).toBe(first);
    const months = (await tally({ campaign: slugA, groupBy: 'type,period', period: 'month' })).body
      .data.rows;
    // a6, a7 and a8 (still in A here): a7 stays in May after unpublish + publish.
    expect(months).toContainEqual(
      expect.objectContaining({ type: 'article', period: '2019-05', count: 3 })
    );

    const gone = await app
      .http()
      .post(`${CM}/${CONTENT_TYPES.article}`)
      .set(bearer(jwt))
      .send({
        title: '后台删除的稿件',
        format: 'news',
        campaign: { connect: [{ documentId: ids.A }] },
      });
    await app
      .http()
      .post(`${CM}/${CONTENT_TYPES.article}/${gone.body.data.documentId}/actions/publish`)
      .set(bearer(jwt))
      .send({});
    expect((await tally({ campaign: slugA })).body.data.totals.articles).toBe(6);
    expect(
      (
        await app
          .http()
          .delete(`${CM}/${CONTENT_TYPES.article}/${gone.body.data.documentId}`)
          .set(bearer(jwt))
      ).status
    ).toBe(200);
  });

  it('moves an item to another campaign when the change is published', async () => {
    const { ids, slugA, slugB } = await createCampaignWorld({ a7: true });
    await moveA8ToB(ids);
    expect((await tally({ campaign: slugB })).body.data.totals).toMatchObject({
      articles: 1,
      total: 1,
    });
    expect((await tally({ campaign: slugA })).body.data.totals.articles).toBe(4);
  });
});

describe('tallies of the campaign', () => {
  it('counts each published document once: totals and domain metrics', async () => {
    const { slugA } = await tallyWorld();
    const res = await tally({ campaign: slugA });
    expect(res.status).toBe(200);
    expect(res.body.data.totals).toEqual({
      articles: 4,
      episodes: 1,
      pledges: 1,
      total: 6,
      episodeMetrics: {
        episodes: 1,
        problemsRaised: 3,
        problemsOpen: 1,
        problemsRectifying: 1,
        problemsResolved: 1,
        resolutionRate: 1 / 3,
      },
      pledgeMetrics: {
        pledges: 1,
        itemsPledged: 2,
        itemsFulfilled: 1,
        departmentsPledged: 1,
        departmentsTotal: 2,
      },
      // This suite runs with review off (REVIEW_LEVELS …:0): no 三审 metrics.
      reviewMetrics: null,
    });
    expect(res.body.data.rows).toEqual([{ count: 6, labels: {} }]);
  });

  it('lists every department, with 0 where it has nothing, and counts a multi-department article in each', async () => {
    const { ids, slugA } = await tallyWorld();
    const rows = (await tally({ campaign: slugA, groupBy: 'department' })).body.data.rows;
    const count = (department: string | null) =>
      rows.find((r: { department: string | null }) => r.department === department)?.count;
    const slugOf = async (id: string) =>
      (await app.strapi.documents(CONTENT_TYPES.department).findOne({ documentId: id }))!
        .slug as string;
    expect(count(await slugOf(ids.d1))).toBe(2);
    expect(count(await slugOf(ids.d2))).toBe(1);
    expect(count(await slugOf(ids.d3))).toBe(0);
    expect(count(null)).toBe(4);
    expect(rows[0].labels.department).toBe('区行政审批服务局');
  });

  it('buckets by the first-published day in Beijing time: month, ISO week, day and phase', async () => {
    const { slugA } = await tallyWorld();
    const byPeriod = async (period: string) =>
      (await tally({ campaign: slugA, groupBy: 'period', period })).body.data.rows.map(
        (r: { period: string; count: number }) => [r.period, r.count]
      );
    expect(await byPeriod('month')).toEqual([
      ['2019-03', 2],
      ['2019-04', 2],
      ['2019-05', 2],
    ]);
    expect(await byPeriod('quarter')).toEqual([
      ['2019-Q1', 2],
      ['2019-Q2', 4],
    ]);
    expect(await byPeriod('phase')).toEqual([
      ['学习讨论', 2],
      ['查摆整改', 4],
    ]);
    expect(await byPeriod('week')).toEqual([
      ['2019-W11', 1],
      ['2019-W13', 1],
      ['2019-W14', 1],
      ['2019-W15', 1],
      ['2019-W19', 2],
    ]);
    const days = await byPeriod('day');
    expect(days).toContainEqual(['2019-03-31', 1]);
    expect(days).toContainEqual(['2019-04-01', 1]);
  });

  it('combines dimensions and honours from/to as inclusive local dates', async () => {
    const { slugA } = await tallyWorld();
    const res = await tally({
      campaign: slugA,
      groupBy: 'type,format,column,outlet',
      from: '2019-04-01',
      to: '2019-04-30',
    });
    expect(res.body.data.totals).toMatchObject({ articles: 1, episodes: 1, pledges: 0, total: 2 });
    expect(res.body.data.rows).toContainEqual({
      type: 'article',
      format: 'news',
      column: expect.any(String),
      outlet: 'tv',
      count: 1,
      labels: { type: '稿件', format: '消息', column: '电视专栏', outlet: '电视' },
    });
    expect(
      (await tally({ campaign: slugA, from: '2019-04-01', to: '2019-04-01' })).body.data.totals
        .total
    ).toBe(1);
  });

  it('keeps the ledger equal to a fresh recount, and --rebuild repairs writes that bypassed it', async () => {
    const { ids, slugA } = await tallyWorld();
    expect(await ledger().verify()).toMatchObject({ ok: true, differences: [] });
    await app.strapi.db
      .query(CONTENT_TYPES.article)
      .updateMany({ where: { documentId: ids.a2 }, data: { format: 'commentary' } });
    const report = await ledger().verify();
    expect(report.differences).toEqual([
      expect.objectContaining({ documentId: ids.a2, problem: 'format' }),
    ]);
    const before = (await tally({ campaign: slugA })).body.data.totals;
    expect((await ledger().rebuild()).publications).toBe(7);
    expect(await ledger().verify()).toMatchObject({ ok: true });
    expect((await tally({ campaign: slugA })).body.data.totals).toEqual(before);

    // Department rows repeat their publication; one out of step, or a publication left with no
    // department row (not even the empty one), is a difference too.
    const knex = app.strapi.db.connection;
    const pubOf = async (documentId: string) =>
      (await knex('campaign_tally_publications').where({ item_document_id: documentId }).first())
        .id as number;
    await knex('campaign_tally_publication_departments')
      .where({ publication_id: await pubOf(ids.a2) })
      .update({ local_day: '1999-01-01' });
    await knex('campaign_tally_publication_departments')
      .where({ publication_id: await pubOf(ids.a1) })
      .delete();
    expect((await ledger().verify()).differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentId: ids.a2, problem: 'departments' }),
        expect.objectContaining({ documentId: ids.a1, problem: 'departments' }),
      ])
    );
    await ledger().rebuild();
    expect(await ledger().verify()).toMatchObject({ ok: true });
  });

  it('writes the work-summary paragraph with the real numbers', async () => {
    const { slugA } = await tallyWorld();
    const res = await app
      .http()
      .get('/campaign-tally/summary')
      .query({ campaign: slugA })
      .set(bearer(jwt));
    expect(res.status).toBe(200);
    expect(res.body.data.text).toContain('开设“优化营商环境大讨论大反思大提升”专栏专题');
    expect(res.body.data.text).toContain('主题稿件4条');
    expect(res.body.data.text).toContain('《张店民声》栏目');
    expect(res.body.data.text).toContain('专题问政1期');
    expect(res.body.data.text).toContain('曝光存在的难点堵点问题3个，已整改1个');
    expect(res.body.data.text).toContain('对1个区直部门的承诺事项进行刊播发');
    const march = await app
      .http()
      .get('/campaign-tally/summary')
      .query({ campaign: slugA, from: '2019-03-01', to: '2019-03-31' })
      .set(bearer(jwt));
    expect(march.body.data.text).toMatch(
      /^2019年3月1日至2019年3月31日，.*主题稿件1条；对1个区直部门/
    );
  });

  it('lists campaigns with their totals for the admin picker', async () => {
    const { slugA } = await tallyWorld();
    const res = await app.http().get('/campaign-tally/campaigns').set(bearer(jwt));
    expect(res.status).toBe(200);
    expect(res.body.data).toContainEqual(
      expect.objectContaining({
        slug: slugA,
        totals: { articles: 4, episodes: 1, pledges: 1, total: 6 },
      })
    );
  });

  it('drops an unpublished item and brings it back in its first period when re-published', async () => {
    const { ids, slugA } = await tallyWorld();
    await app.strapi.documents(CONTENT_TYPES.article).unpublish({ documentId: ids.a1 });
    expect((await tally({ campaign: slugA })).body.data.totals.articles).toBe(3);
    await app.strapi.documents(CONTENT_TYPES.article).publish({ documentId: ids.a1 });
    const rows = (await tally({ campaign: slugA, groupBy: 'period', period: 'month' })).body.data
      .rows;
    expect(rows).toContainEqual({ period: '2019-04', count: 2, labels: { period: '2019年4月' } });
  });
});
