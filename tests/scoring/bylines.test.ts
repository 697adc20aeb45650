import fc from 'fast-check';
import { fillShares } from '../../src/content-rules/credit-rules';
import { bearer, editorJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';

let app: TestApp;
let auth: Record<string, string>;
const CM = (uid: string) => `/content-manager/collection-types/${uid}`;
const reporters: string[] = [];
let campaignId: string;

beforeAll(async () => {
  app = await startApp();
  auth = bearer(await editorJwt(app));
  campaignId = (await createCampaignWithColumn(app, '署名测试活动')).campaign.documentId;
  for (const [name, kind, unit] of [
    ['王琳', 'staff', '新闻部'],
    ['李响', 'staff', '新媒体部'],
    ['周敏', 'correspondent', null],
  ]) {
    const res = await app
      .http()
      .post(CM(CONTENT_TYPES.reporter))
      .set(auth)
      .send({ name, kind, unit });
    expect(res.status).toBe(201);
    reporters.push(res.body.data.documentId as string);
  }
});
afterAll(stopApp);

const byline = (i: number, share?: number | string | null, role = 'writer') => ({
  reporter: { connect: [{ documentId: reporters[i] }] },
  role,
  ...(share === undefined ? {} : { share }),
});

const articleWith = (bylines: unknown[]) =>
  app
    .http()
    .post(CM(CONTENT_TYPES.article))
    .set(auth)
    .send({
      title: `署名测试${Math.random().toString(36).slice(2, 8)}`,
      format: 'news',
      campaign: { connect: [{ documentId: campaignId }] },
      bylines,
    });

const storedShares = async (documentId: string) => {
  const row = await app.strapi
    .documents(CONTENT_TYPES.article)
    .findOne({ documentId, populate: { bylines: { populate: ['reporter'] } } });
  return (row!.bylines as Array<{ share: number | string; reporter: { name: string } }>).map(
    (b) => [b.reporter.name, Number(b.share)]
  );
};

describe('署名 shares', () => {
  it('splits blank shares equally, to the hundredth, summing to exactly 100', async () => {
    const three = await articleWith([byline(0), byline(1, undefined, 'photographer'), byline(2)]);
    expect(three.status).toBe(201);
    expect(await storedShares(three.body.data.documentId)).toEqual([
      ['王琳', 33.34],
      ['李响', 33.33],
      ['周敏', 33.33],
    ]);
    const rest = await articleWith([byline(0, 70), byline(1, null)]);
    expect(rest.status).toBe(201);
    expect(await storedShares(rest.body.data.documentId)).toEqual([
      ['王琳', 70],
      ['李响', 30],
    ]);
  });

  it('refuses shares that do not sum to 100 with a 400 naming the sum, and stores nothing', async () => {
    const before = await app.strapi.db.query(CONTENT_TYPES.article).count();
    for (const [bylines, message] of [
      [[byline(0, 60), byline(1, 30)], '署名份额合计须为 100%，现为 90%'],
      [[byline(0, 80), byline(1, 40), byline(2)], '已填的署名份额合计 120%，超过 100%'],
      [[byline(0, -5), byline(1)], '第1条署名的份额须是 0 到 100 之间的数'],
      [[byline(0, 'half'), byline(1)], '第1条署名的份额须是 0 到 100 之间的数'],
    ] as const) {
      const res = await articleWith([...bylines]);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(message);
    }
    expect(await app.strapi.db.query(CONTENT_TYPES.article).count()).toBe(before);
  });

  it('names each entry for the edit form, also when an entry is saved again untouched', async () => {
    const created = await articleWith([byline(0, 60), byline(2, 40, 'photographer')]);
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    const labels = async () =>
      (await app.strapi
        .documents(CONTENT_TYPES.article)
        .findOne({ documentId: id, populate: ['bylines'] }))!.bylines!.map(
        (b: { label?: string | null }) => b.label
      );
    expect(await labels()).toEqual(['王琳 · 文字 · 60%', '周敏 · 摄影 · 40%']);
    // The admin sends an unchanged relation as an empty connect/disconnect, with the entry's id.
    const form = await app
      .http()
      .get(`${CM(CONTENT_TYPES.article)}/${id}`)
      .set(auth);
    const entries = form.body.data.bylines as Array<{ id: number; role: string; share: number }>;
    const saved = await app
      .http()
      .put(`${CM(CONTENT_TYPES.article)}/${id}`)
      .set(auth)
      .send({
        bylines: entries.map((e, i) => ({
          id: e.id,
          role: i === 0 ? 'editor' : e.role,
          share: e.share,
          reporter: { connect: [], disconnect: [] },
        })),
      });
    expect(saved.status).toBe(200);
    expect(await labels()).toEqual(['王琳 · 编辑 · 60%', '周敏 · 摄影 · 40%']);
  });

  it('checks an update that sets bylines, and keeps them on an update that does not', async () => {
    const created = await articleWith([byline(0), byline(1)]);
    const id = created.body.data.documentId as string;
    const bad = await app
      .http()
      .put(`${CM(CONTENT_TYPES.article)}/${id}`)
      .set(auth)
      .send({ bylines: [byline(0, 99)] });
    expect(bad.status).toBe(400);
    const retitled = await app
      .http()
      .put(`${CM(CONTENT_TYPES.article)}/${id}`)
      .set(auth)
      .send({ title: '改过标题的署名稿件' });
    expect(retitled.status).toBe(200);
    expect(await storedShares(id)).toEqual([
      ['王琳', 50],
      ['李响', 50],
    ]);
  });

  it('gives the app names and roles only: no share, unit, kind or admin account', async () => {
    const created = await articleWith([byline(0, 60), byline(2, 40, 'photographer')]);
    const id = created.body.data.documentId as string;
    await app.strapi.documents(CONTENT_TYPES.article).publish({ documentId: id });
    const res = await app
      .http()
      .get(`/api/articles/${id}`)
      .query({ 'populate[bylines][populate]': 'reporter' });
    expect(res.status).toBe(200);
    const bylines = res.body.data.bylines as Array<Record<string, unknown>>;
    expect(bylines.map((b) => [b.role, (b.reporter as { name: string }).name])).toEqual([
      ['writer', '王琳'],
      ['photographer', '周敏'],
    ]);
    for (const b of bylines) {
      expect(b).not.toHaveProperty('share');
      expect(Object.keys(b.reporter as object).sort()).toEqual(
        ['createdAt', 'documentId', 'id', 'name', 'publishedAt', 'slug', 'updatedAt'].sort()
      );
    }
    const list = await app.http().get('/api/reporters');
    expect(list.status).toBe(200);
    for (const r of list.body.data) {
      for (const hidden of ['unit', 'kind', 'department', 'adminUser'])
        expect(r).not.toHaveProperty(hidden);
    }
  });

  it('answers any share input with 201 and a sum of 100, or a 400: never a 500 (fuzz)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.constant(undefined),
            fc.constant(null),
            fc.integer({ min: -10, max: 120 }),
            fc.double({ min: 0, max: 100, noNaN: true }),
            fc.string({ maxLength: 4 })
          ),
          { minLength: 1, maxLength: 4 }
        ),
        async (shares) => {
          const res = await articleWith(shares.map((s, i) => byline(i % 3, s)));
          expect([201, 400]).toContain(res.status);
          if (res.status === 201) {
            const total = (await storedShares(res.body.data.documentId)).reduce(
              (sum, [, share]) => sum + (share as number),
              0
            );
            expect(Math.round(total * 100)).toBe(10_000);
          } else expect(res.body.error.message).toMatch(/署名|份额/);
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe('上稿 (pick-ups)', () => {
  it('records where higher-level media carried a story, refuses a bad link, and shows it to the app', async () => {
    const pickups = [
      { level: 'city', media: '淄博日报', date: '2019-03-20' },
      { level: 'province', media: '大众日报', date: '2019-03-22', url: 'https://example.cn/a' },
    ];
    const bad = await app
      .http()
      .post(CM(CONTENT_TYPES.article))
      .set(auth)
      .send({
        title: '上稿链接有误',
        format: 'news',
        pickups: [{ level: 'city', media: '淄博日报', url: 'javascript:alert(1)' }],
      });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('第1条上稿的链接须以 http:// 或 https:// 开头');
    const wrongLevel = await app
      .http()
      .post(CM(CONTENT_TYPES.article))
      .set(auth)
      .send({ title: '上稿级别有误', format: 'news', pickups: [{ level: 'county', media: 'x' }] });
    expect(wrongLevel.status).toBe(400);

    const created = await app
      .http()
      .post(CM(CONTENT_TYPES.article))
      .set(auth)
      .send({
        title: '被省级媒体采用的稿件',
        format: 'news',
        campaign: { connect: [{ documentId: campaignId }] },
        pickups,
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    await app.strapi.documents(CONTENT_TYPES.article).publish({ documentId: id });
    const res = await app.http().get(`/api/articles/${id}`).query({ populate: 'pickups' });
    expect(res.status).toBe(200);
    expect(
      (res.body.data.pickups as Array<Record<string, unknown>>).map(
        ({ level, media, date, url }) => ({ level, media, date, ...(url ? { url } : {}) })
      )
    ).toEqual(pickups);
  });
});

describe('fillShares', () => {
  it('fills any blanks so the total is 100, or throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }), {
          minLength: 1,
          maxLength: 9,
        }),
        (cents) => {
          const bylines = cents.map((c) => ({ share: c === null ? null : c / 100 }));
          const given = cents.reduce<number>((a, c) => a + (c ?? 0), 0);
          const blanks = cents.filter((c) => c === null).length;
          const valid = blanks > 0 ? given <= 10_000 : given === 10_000;
          if (!valid) return expect(() => fillShares(bylines)).toThrow();
          const shares = fillShares(bylines);
          expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
          cents.forEach((c, i) => c !== null && expect(shares[i]).toBe(c / 100));
        }
      )
    );
  });
});
