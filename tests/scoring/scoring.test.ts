/**
 * 稿件考核 against an independent model: the points of every story and reporter are computed
 * here from the rule data, the bylines and the first-publication days, and compared with the
 * tally by reporter and unit, the 考核表 JSON, CSV and XLSX, and the totals.
 */
import ExcelJS from 'exceljs';
import { authorJwt, binary, bearer, editorJwt, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createDocument, createPublishedAt } from '../harness/fixtures';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';

let app: TestApp;
let auth: Record<string, string>;
let campaign: { documentId: string; slug: string };
const RULE = 'api::scoring-rule.scoring-rule';
const people: Record<string, string> = {};
const columns: Record<string, string> = {};

// The rules as the model reads them (points and factors), one version per start date.
const V1 = {
  name: '试行',
  effectiveFrom: '2019-03-01',
  base: { news: 10, commentary: 15, 'short-video': 12, episode: 30 } as Record<string, number>,
  outlet: { tv: 1.2 } as Record<string, number>,
  placement: { headline: 1.5 } as Record<string, number>,
  bonus: { city: 5, province: 10, national: 20 } as Record<string, number>,
};
const V2: typeof V1 = {
  ...V1,
  name: '修订',
  effectiveFrom: '2019-03-16',
  base: { ...V1.base, news: 11.5 },
};

const asRule = (v: typeof V1) => ({
  name: v.name,
  effectiveFrom: v.effectiveFrom,
  formatPoints: Object.entries(v.base).map(([format, points]) => ({ format, points })),
  outletFactors: Object.entries(v.outlet).map(([outlet, factor]) => ({ outlet, factor })),
  placementFactors: Object.entries(v.placement).map(([placement, factor]) => ({
    placement,
    factor,
  })),
  pickupBonuses: Object.entries(v.bonus).map(([level, points]) => ({ level, points })),
});

interface Story {
  id: string;
  day: string;
  format: string;
  column: 'tv' | 'app';
  bylines: Array<[string, number]>;
  pickups: string[];
  published: boolean;
}
const stories: Story[] = [];
const COLUMN = {
  tv: { outlet: 'tv', placement: 'headline' },
  app: { outlet: 'app', placement: 'regular' },
};
const UNIT_OF: Record<string, (day: string) => string> = {
  王琳: () => '新闻部',
  // 刘洋 was in 新闻部 until 2019-03-20, then 新媒体部.
  刘洋: (day) => (day <= '2019-03-20' ? '新闻部' : '新媒体部'),
  周敏: () => '',
};
const RANK = ['city', 'province', 'national'];

/** The model: cents, rounded half up after the factors, then the bonus. */
function modelPoints(s: Story): number {
  const v = s.day >= V2.effectiveFrom ? V2 : V1;
  const c = (n: number) => Math.round(n * 100);
  const { outlet, placement } = COLUMN[s.column];
  const top = s.pickups.length ? RANK[Math.max(...s.pickups.map((p) => RANK.indexOf(p)))] : null;
  const product =
    c(v.base[s.format] ?? 0) * c(v.outlet[outlet] ?? 1) * c(v.placement[placement] ?? 1);
  return Math.floor((product + 5000) / 10000) + (top ? c(v.bonus[top]) : 0);
}

function modelByReporter() {
  const rows = new Map<string, { items: number; units: number }>();
  for (const s of stories.filter((x) => x.published)) {
    const p = modelPoints(s);
    const credited = s.bylines.reduce((a, [, share]) => a + Math.round(share * 100), 0);
    const shares: Array<[string, number]> = [
      ...s.bylines.map(([name, share]): [string, number] => [name, Math.round(share * 100)]),
      ...(credited < 10000 ? [['未署名', 10000 - credited] as [string, number]] : []),
    ];
    for (const [name, bp] of shares) {
      const key = `${name}|${name === '未署名' ? '' : UNIT_OF[name](s.day)}`;
      const row = rows.get(key) ?? { items: 0, units: 0 };
      row.items += 1;
      row.units += p * bp;
      rows.set(key, row);
    }
  }
  return new Map(
    [...rows].map(([k, r]) => [k, { items: r.items, score: Math.round(r.units / 10000) / 100 }])
  );
}

async function publishStory(s: Omit<Story, 'id' | 'published'>) {
  const id = await createPublishedAt(
    app,
    CONTENT_TYPES.article,
    {
      title: `考核测试稿件${stories.length + 1}`,
      format: s.format,
      campaign: campaign.documentId,
      column: columns[s.column],
      bylines: s.bylines.map(([name, share]) => ({
        reporter: people[name],
        role: 'writer',
        share,
      })),
      pickups: s.pickups.map((level) => ({ level, media: `${level}媒体` })),
    },
    `${s.day}T10:00:00+08:00`
  );
  stories.push({ ...s, id, published: true });
}

const assessment = (format = 'json') =>
  app
    .http()
    .get('/campaign-tally/assessment')
    .query({ from: '2019-03-01', to: '2019-03-31', campaign: campaign.slug, format })
    .set(auth);

async function expectModel() {
  const model = modelByReporter();
  const res = await assessment();
  expect(res.status).toBe(200);
  const got = new Map(
    (
      res.body.data.reporters as Array<{
        name: string;
        unit: string;
        itemsTotal: number;
        score: number;
      }>
    ).map((r) => [`${r.name}|${r.unit}`, { items: r.itemsTotal, score: r.score }])
  );
  expect(got).toEqual(model);
  const total = stories.filter((s) => s.published).reduce((a, s) => a + modelPoints(s), 0) / 100;
  expect(res.body.data.totals.score).toBeCloseTo(total, 10);
  // The tally by reporter and unit says the same, and the scores add up to the items' points.
  const tally = await app
    .http()
    .get('/campaign-tally/tallies')
    .query({
      campaign: campaign.slug,
      groupBy: 'reporter,unit',
      measure: 'score',
      from: '2019-03-01',
      to: '2019-03-31',
    })
    .set(auth);
  expect(tally.status).toBe(200);
  const rows = new Map(
    (
      tally.body.data.rows as Array<{
        labels: Record<string, string>;
        count: number;
        score: number;
      }>
    ).map((r) => [
      `${r.labels.reporter}|${r.labels.unit === '未设科室' ? '' : r.labels.unit}`,
      { items: r.count, score: r.score },
    ])
  );
  expect(rows).toEqual(model);
  expect(tally.body.data.scoring.totalScore).toBeCloseTo(total, 10);
  return res.body.data;
}

beforeAll(async () => {
  app = await startApp();
  auth = bearer(await superAdminJwt(app));
  const c = await createDocument(app, CONTENT_TYPES.campaign, {
    name: '考核测试活动',
    startDate: '2019-03-01',
    endDate: '2019-06-30',
  });
  campaign = { documentId: c.documentId, slug: c.slug as string };
  for (const [key, spec] of Object.entries(COLUMN))
    columns[key] = (
      await createDocument(app, CONTENT_TYPES.column, {
        name: `考核测试${key}栏目`,
        ...spec,
        campaign: c.documentId,
      })
    ).documentId;
  for (const [name, data] of [
    ['王琳', { kind: 'staff', unit: '新闻部' }],
    [
      '刘洋',
      { kind: 'staff', unit: '新媒体部', unitTerms: [{ unit: '新闻部', until: '2019-03-20' }] },
    ],
    ['周敏', { kind: 'correspondent' }],
  ] as Array<[string, Record<string, unknown>]>)
    people[name] = (
      await app.strapi
        .documents(CONTENT_TYPES.reporter)
        .create({ data: { name, ...data } as never })
    ).documentId;
  for (const v of [V1, V2])
    await app.strapi.documents(RULE as never).create({ data: asRule(v) as never });

  // Co-authors with unequal shares, on both sides of the rule change and of 刘洋's move.
  await publishStory({
    day: '2019-03-05',
    format: 'news',
    column: 'tv',
    bylines: [
      ['王琳', 70],
      ['刘洋', 30],
    ],
    pickups: [],
  });
  // Picked up at three levels: the national bonus only.
  await publishStory({
    day: '2019-03-10',
    format: 'commentary',
    column: 'app',
    bylines: [['刘洋', 100]],
    pickups: ['city', 'national', 'province'],
  });
  await publishStory({
    day: '2019-03-18',
    format: 'news',
    column: 'tv',
    bylines: [
      ['王琳', 33.34],
      ['刘洋', 33.33],
      ['周敏', 33.33],
    ],
    pickups: ['city'],
  });
  await publishStory({
    day: '2019-03-25',
    format: 'short-video',
    column: 'app',
    bylines: [
      ['刘洋', 50],
      ['周敏', 50],
    ],
    pickups: [],
  });
  // No bylines: all its points are 未署名.
  await publishStory({
    day: '2019-03-26',
    format: 'news',
    column: 'app',
    bylines: [],
    pickups: [],
  });
});
afterAll(stopApp);

describe('稿件考核 scores', () => {
  it('match the model by reporter and unit: shares, the highest 上稿, the rule by day, the unit at publication', async () => {
    const data = await expectModel();
    const liu = (data.reporters as Array<{ name: string; unit: string }>).filter(
      (r) => r.name === '刘洋'
    );
    expect(liu.map((r) => r.unit).sort()).toEqual(['新媒体部', '新闻部']);
    // The detail lines name the rule version and the lines that scored each story.
    const picked = (data.details as Array<Record<string, unknown>>).find(
      (d) => d.pickup === '中央'
    );
    expect(picked).toMatchObject({
      rule: '试行（2019-03-01起）',
      basePoints: 15,
      pickupBonus: 20,
      itemScore: 35,
    });
    const revised = (data.details as Array<Record<string, unknown>>).filter(
      (d) => d.rule === '修订（2019-03-16起）'
    );
    expect(revised.length).toBeGreaterThan(0);
    expect(data.totals.staffItems).toBe(4);
  });

  it('drops an unpublished story, keeps the first-publication day on re-publish, and forgets a deleted one', async () => {
    const first = stories[0];
    await app.strapi.documents(CONTENT_TYPES.article).unpublish({ documentId: first.id });
    first.published = false;
    await expectModel();
    await app.strapi.documents(CONTENT_TYPES.article).publish({ documentId: first.id });
    first.published = true;
    await expectModel();
    const last = stories[stories.length - 1];
    await app.strapi.documents(CONTENT_TYPES.article).delete({ documentId: last.id });
    last.published = false;
    await expectModel();
  });

  it('re-reads a reporter moved to another unit, and a rule version edited', async () => {
    // 王琳 moves to 专题部 on 2019-03-11: her 3-05 story stays in 新闻部... as a former unit.
    await app.strapi.documents(CONTENT_TYPES.reporter).update({
      documentId: people['王琳'],
      data: { unit: '专题部', unitTerms: [{ unit: '新闻部', until: '2019-03-10' }] },
    });
    UNIT_OF['王琳'] = (day) => (day <= '2019-03-10' ? '新闻部' : '专题部');
    await expectModel();
    const [v2] = await app.strapi.db.query(RULE as never).findMany({ where: { name: '修订' } });
    V2.base = { ...V2.base, news: 20 };
    await app.strapi.documents(RULE as never).update({
      documentId: (v2 as { documentId: string }).documentId,
      data: asRule(V2) as never,
    });
    await expectModel();
  });

  it('writes the same numbers into the CSV and the XLSX (考核表, 计分明细, 计分规则)', async () => {
    const model = modelByReporter();
    const csv = await assessment('csv');
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(',').at(-1)).toBe('得分');
    const csvScores = new Map(
      lines.slice(1).map((l) => {
        const cells = l.split(',');
        return [`${cells[0]}|${cells[2] === '—' ? '' : cells[2]}`, Number(cells.at(-1))];
      })
    );
    expect(csvScores).toEqual(new Map([...model].map(([k, v]) => [k, v.score])));
    const xlsx = await assessment('xlsx').buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['考核表', '计分明细', '计分规则']);
    const sheet = book.getWorksheet('考核表')!;
    const header = sheet.getRow(1).values as unknown[];
    const scoreColumn = header.indexOf('得分');
    const xlsxScores = new Map<string, number>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const unit = String(row.getCell(3).value);
      xlsxScores.set(
        `${row.getCell(1).value}|${unit === '—' ? '' : unit}`,
        row.getCell(scoreColumn).value as number
      );
    });
    expect(xlsxScores).toEqual(new Map([...model].map(([k, v]) => [k, v.score])));
    const rules = book.getWorksheet('计分规则')!;
    const texts: string[] = [];
    rules.eachRow((row) => texts.push((row.values as unknown[]).join('|')));
    expect(texts.some((t) => t.includes('计分规则：修订（2019-03-16起）|基础分|消息|20'))).toBe(
      true
    );
  });

  it('refuses bad rules and bad assessment parameters with 400s in Chinese or naming the parameter', async () => {
    const dup = await app
      .http()
      .post(`/content-manager/collection-types/${RULE}`)
      .set(auth)
      .send({
        ...asRule({ ...V1, effectiveFrom: '2020-01-01' }),
        formatPoints: [
          { format: 'news', points: 1 },
          { format: 'news', points: 2 },
        ],
      });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toContain('列了两次');
    const sameDay = await app
      .http()
      .post(`/content-manager/collection-types/${RULE}`)
      .set(auth)
      .send(asRule(V1));
    expect(sameDay.status).toBe(400);
    expect(sameDay.body.error.message).toContain('每个生效日期只能有一个版本');
    const fine = await app
      .http()
      .post(`/content-manager/collection-types/${RULE}`)
      .set(auth)
      .send({
        ...asRule({ ...V1, effectiveFrom: '2021-01-01' }),
        formatPoints: [{ format: 'news', points: 1.234 }],
      });
    expect(fine.status).toBe(400);
    for (const query of [
      { month: '2019-13' },
      { month: '2019-03', from: '2019-03-01', to: '2019-03-02' },
      { from: '2019-03-01' },
      { format: 'pdf' },
      { bogus: 1 },
    ]) {
      const res = await app.http().get('/campaign-tally/assessment').query(query).set(auth);
      expect(res.status).toBe(400);
    }
    const measure = await app
      .http()
      .get('/campaign-tally/tallies')
      .query({ campaign: campaign.slug, measure: 'points' })
      .set(auth);
    expect(measure.status).toBe(400);
    expect(measure.body.error.message).toContain('measure must be one of');
  });

  it('answers the 考核表 to its right only, however the path is spelled', async () => {
    for (const path of ['/campaign-tally/assessment', '/CAMPAIGN-TALLY/Assessment']) {
      expect((await app.http().get(path)).status).toBe(401);
      for (const jwt of [await editorJwt(app), await authorJwt(app)])
        expect((await app.http().get(path).set(bearer(jwt))).status).toBe(403);
      expect((await app.http().get(path).query({ month: '2019-03' }).set(auth)).status).toBe(200);
    }
  });
});
