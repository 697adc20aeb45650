import ExcelJS from 'exceljs';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import {
  adminJwt,
  apiToken,
  authorJwt,
  bearer,
  binary,
  createAdminRole,
  editorJwt,
  superAdminJwt,
} from '../harness/callers';
import { CONTENT_TYPES, createDocument, createPublishedAt } from '../harness/fixtures';

let app: TestApp;
let superJwt: string;
let slug: string;
let campaignId: string;

beforeAll(async () => {
  app = await startApp();
  superJwt = await superAdminJwt(app);
  const campaign = await createDocument(app, CONTENT_TYPES.campaign, { name: '优化营商环境' });
  slug = campaign.slug as string;
  campaignId = campaign.documentId;
  await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    { title: '稿件一', format: 'news', campaign: campaignId },
    '2019-03-05T02:00:00Z'
  );
  await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    { title: '稿件二', format: 'short-video', campaign: campaignId },
    '2019-04-05T02:00:00Z'
  );
});
afterAll(stopApp);

describe('admin routes: authentication and RBAC', () => {
  it('answers 401 without a token and 403 without the action', async () => {
    expect((await app.http().get('/campaign-tally/tallies').query({ campaign: slug })).status).toBe(
      401
    );
    for (const jwt of [await editorJwt(app), await authorJwt(app)]) {
      for (const path of ['tallies', 'export', 'summary', 'campaigns']) {
        expect(
          (
            await app
              .http()
              .get(`/campaign-tally/${path}`)
              .query(path === 'campaigns' ? {} : { campaign: slug })
              .set(bearer(jwt))
          ).status
        ).toBe(403);
      }
    }
  });

  it('lets a role with read tally but not export; Super Admin does both', async () => {
    const reader = await adminJwt(app, [
      await createAdminRole(app, ['plugin::campaign-tally.read']),
    ]);
    expect(
      (
        await app
          .http()
          .get('/campaign-tally/tallies')
          .query({ campaign: slug })
          .set(bearer(reader))
      ).status
    ).toBe(200);
    expect(
      (
        await app
          .http()
          .get('/campaign-tally/summary')
          .query({ campaign: slug })
          .set(bearer(reader))
      ).status
    ).toBe(200);
    expect(
      (await app.http().get('/campaign-tally/export').query({ campaign: slug }).set(bearer(reader)))
        .status
    ).toBe(403);
    expect(
      (
        await app
          .http()
          .get('/campaign-tally/export')
          .query({ campaign: slug })
          .set(bearer(superJwt))
      ).status
    ).toBe(200);
  });
});

describe('bad input is a 400 naming the parameter, an unknown campaign a 404', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [
      { campaign: 'x', groupBy: 'type,colour' },
      /groupBy.*"colour".*allowed: type, format, column, outlet, placement, pickup, department, reporter, unit, period/,
    ],
    [{ campaign: 'x', groupBy: 'type,type' }, /groupBy repeats/],
    [{ campaign: 'x', period: 'year' }, /period must be one of: day, week, month, quarter, phase/],
    [{ campaign: 'x', from: '2019-13-01' }, /from must be a real calendar date/],
    [{ campaign: 'x', to: '20190301' }, /to must be a date YYYY-MM-DD/],
    [{ campaign: 'x', from: '2019-04-01', to: '2019-03-01' }, /from must not be after to/],
    [{ campaign: 'x'.repeat(201) }, /campaign must be at most 200/],
    [
      { campaign: 'x', colour: 'red' },
      /unknown parameter; allowed: campaign, groupBy, period, measure, from, to/,
    ],
    [{}, /campaign is required/],
  ];
  it.each(cases)('tallies %j', async (query, message) => {
    const res = await app.http().get('/campaign-tally/tallies').query(query).set(bearer(superJwt));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(message);
  });

  it('rejects an unknown export format and answers 404 for an unknown campaign', async () => {
    const bad = await app
      .http()
      .get('/campaign-tally/export')
      .query({ campaign: slug, format: 'pdf' })
      .set(bearer(superJwt));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/format must be one of: csv, xlsx, json/);
    for (const path of ['tallies', 'export', 'summary']) {
      const res = await app
        .http()
        .get(`/campaign-tally/${path}`)
        .query({ campaign: 'no-such-campaign' })
        .set(bearer(superJwt));
      expect(res.status).toBe(404);
    }
  });
});

describe('exports', () => {
  const exportOf = (format: string) =>
    app
      .http()
      .get('/campaign-tally/export')
      .query({ campaign: slug, format, groupBy: 'format,period' })
      .set(bearer(superJwt));

  it('writes CSV with a BOM, Chinese headers and an attachment name with the slug and date', async () => {
    const res = await exportOf('csv').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="${slug}-tally-\\d{4}-\\d{2}-\\d{2}\\.csv"$`)
    );
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n').slice(0, 3)).toEqual([
      '稿件形式,时段,已发布数量',
      '消息,2019年3月,1',
      '短视频,2019年4月,1',
    ]);
  });

  it('writes XLSX with a frozen bold header and a sheet with the rule and parameters', async () => {
    const res = await exportOf('xlsx').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const [data, about] = workbook.worksheets;
    expect(data.getRow(1).values).toEqual([undefined, '稿件形式', '时段', '已发布数量']);
    expect(data.getRow(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getRow(2).values).toEqual([undefined, '消息', '2019年3月', 1]);
    const facts = Object.fromEntries(
      about
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as string[])[1], (r as string[])[2]])
    );
    expect(facts['统计口径']).toMatch(/首次发布时间/);
    expect(facts['统计维度']).toBe('稿件形式、时段（format, period）');
    expect(facts['统计周期']).toBe('按月（month）');
    expect(facts['时区']).toBe('中国标准时间（Asia/Shanghai）');
    expect(facts['稿件']).toBe(2);
    expect(facts['统计口径']).not.toMatch(/documentId/);
    expect(facts['应用版本']).toBe('0.1.0');
    expect(facts['生成时间']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+08:00$/);
  });

  it('writes JSON carrying the rule, parameters, generation time and version', async () => {
    const res = await exportOf('json').buffer(true).parse(binary);
    const body = JSON.parse((res.body as Buffer).toString('utf8'));
    expect(res.headers['content-disposition']).toMatch(/\.json"/);
    expect(body).toMatchObject({
      rule: expect.stringContaining('统计口径'),
      appVersion: '0.1.0',
      params: { groupBy: ['format', 'period'], period: 'month', timeZone: 'Asia/Shanghai' },
      paramLabels: {
        groupBy: ['稿件形式', '时段'],
        period: '按月',
        timeZone: '中国标准时间（Asia/Shanghai）',
      },
      generatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
    });
    expect(body.totals.articles).toBe(2);
    expect(body.rows).toHaveLength(2);
  });
});

describe('content API totals', () => {
  const totals = (s: string, headers: Record<string, string> = {}) =>
    app.http().get(`/api/campaign-tally/campaigns/${s}/totals`).set(headers);

  it('serves the public role and read-only tokens, 404s an unknown slug, and refreshes after a publish', async () => {
    const pub = await totals(slug);
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({
      campaign: { slug, documentId: campaignId },
      totals: { articles: 2, episodes: 0, pledges: 0, total: 2 },
    });
    expect((await totals(slug, bearer(await apiToken(app, 'read-only')))).status).toBe(200);
    expect((await totals('no-such-campaign')).status).toBe(404);
    await createPublishedAt(
      app,
      CONTENT_TYPES.article,
      { title: '稿件三', format: 'news', campaign: campaignId },
      '2019-05-05T02:00:00Z'
    );
    expect((await totals(slug)).body.data.totals.articles).toBe(3);
  });
});
