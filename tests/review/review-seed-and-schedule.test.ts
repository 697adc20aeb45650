import { seedDemoCampaign } from '../../src/seed/seed-demo-campaign';
import { bearer, superAdminJwt } from '../harness/callers';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { createCampaignWithColumn, type CreatedDocument } from '../harness/fixtures';
import {
  ACTION_UID,
  ARTICLE,
  CM,
  newsroom,
  reviewCalls,
  scheduleCalls,
  type Newsroom,
} from './newsroom';

let app: TestApp;
let people: Newsroom;
let calls: ReturnType<typeof reviewCalls>;
let campaign: CreatedDocument;

beforeAll(async () => {
  app = await startApp({ REVIEW_LEVELS: 'article:3,episode:3,pledge:2' });
  people = await newsroom(app);
  calls = reviewCalls(app);
  ({ campaign } = await createCampaignWithColumn(app, '定时三审测试活动'));
});
afterAll(stopApp);

const audit = (documentId: string) =>
  app.strapi.db
    .connection('editorial_review_audit')
    .where({ item_document_id: documentId })
    .orderBy('id');
const publicGet = (documentId: string) => app.http().get(`/api/articles/${documentId}`);

async function approvedDraft(title: string): Promise<string> {
  const res = await app
    .http()
    .post(CM(ARTICLE))
    .set(people.reporter.auth)
    .send({ title, format: 'news', campaign: { connect: [{ documentId: campaign.documentId }] } })
    .expect(201);
  const id = res.body.data.documentId as string;
  await calls.submit(people.reporter, ARTICLE, id).expect(200);
  for (const reviewer of [people.editor, people.director, people.chief])
    await calls.approve(reviewer, ARTICLE, id).expect(200);
  return id;
}

const schedule = (entityId: string, executeAt: Date) =>
  scheduleCalls(app).schedule(people.editor, entityId, executeAt);
const fire = (actionDocumentId: string) => scheduleCalls(app).fire(actionDocumentId);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('三审 and scheduled publishing', () => {
  it('refuses to set a scheduled publish for a draft that has not passed 终审', async () => {
    const res = await app
      .http()
      .post(CM(ARTICLE))
      .set(people.reporter.auth)
      .send({ title: '未审先定时', format: 'news' })
      .expect(201);
    const id = res.body.data.documentId as string;
    const refused = await schedule(id, new Date(Date.now() + 60_000));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('不能发布');
    expect(await app.strapi.db.query(ACTION_UID).count({ where: { entityId: id } })).toBe(0);
  });

  it('fires a schedule set after 终审, and records setting it', async () => {
    const id = await approvedDraft('终审后定时发布');
    const res = await schedule(id, new Date(Date.now() + 60_000));
    expect([200, 201]).toContain(res.status);
    expect((await audit(id)).map((e: { action: string }) => e.action)).toContain('schedule');
    await fire(res.body.data.documentId);
    expect((await publicGet(id)).status).toBe(200);
    const sheet = (await calls.state(people.editor, ARTICLE, id)).body.data.sheet;
    expect(sheet.signoffs).toHaveLength(3);
  });

  it('refuses a schedule that fires after the draft changed, and logs the refusal', async () => {
    const id = await approvedDraft('定时前被修改');
    const res = await schedule(id, new Date(Date.now() + 60_000));
    await app
      .http()
      .put(`${CM(ARTICLE)}/${id}`)
      .set(people.reporter.auth)
      .send({ summary: '定时之后改了摘要' })
      .expect(200);
    await fire(res.body.data.documentId);
    expect((await publicGet(id)).status).toBe(404);
    await waitFor(async () =>
      (await audit(id)).some(
        (e: { origin: string; detail: string | null }) =>
          e.origin === 'scheduler' && !!e.detail?.startsWith('定时发布被拒绝')
      )
    );
  });
});

describe('the demo seed under 三审', () => {
  it('publishes every reviewed demo item through a believable chain, so each 签发单 is filled', async () => {
    // Articles the earlier cases published are not the seed's: compare only what the seed added.
    const publishedArticleIds = async () =>
      new Set(
        (
          await app.strapi.db
            .query(ARTICLE)
            .findMany({ select: ['documentId'], where: { publishedAt: { $notNull: true } } })
        ).map((row: { documentId: string }) => row.documentId)
      );
    const before = await publishedArticleIds();
    await seedDemoCampaign(app.strapi);
    const seeded = [...(await publishedArticleIds())].filter((id) => !before.has(id));
    expect(seeded.length).toBeGreaterThan(50);
    const sheets = await app.strapi.db.connection('editorial_review_sheets').select('*');
    const articleSheets = sheets.filter(
      (s: { item_type: string; item_document_id: string }) =>
        s.item_type === ARTICLE && !before.has(s.item_document_id)
    );
    // One 签发单 per published version: each seeded article has exactly one.
    expect(
      articleSheets.map((s: { item_document_id: string }) => s.item_document_id).sort()
    ).toEqual(seeded.sort());
    for (const sheet of articleSheets) {
      const signoffs =
        typeof sheet.signoffs === 'string' ? JSON.parse(sheet.signoffs) : sheet.signoffs;
      expect(signoffs.map((s: { reviewerName: string }) => s.reviewerName)).toEqual([
        '李编辑',
        '王主任',
        '赵总编',
      ]);
      expect(sheet.published_by_name).toBe('赵总编');
      // Signed in order, before the item went out.
      const times = signoffs.map((s: { signedAt: string }) => new Date(s.signedAt).getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times[2]).toBeLessThan(new Date(sheet.published_at).getTime());
    }
    const pledgeSheet = sheets.find(
      (s: { item_type: string }) => s.item_type === 'api::pledge.pledge'
    );
    const pledgeSignoffs =
      typeof pledgeSheet.signoffs === 'string'
        ? JSON.parse(pledgeSheet.signoffs)
        : pledgeSheet.signoffs;
    expect(pledgeSignoffs).toHaveLength(2);

    // The tally's 三审 metrics of the demo campaign read the same chains: every seeded item passed
    // at the first try, an hour per level, published an hour after 终审.
    const demo = await app.strapi.db
      .query('api::campaign.campaign')
      .findOne({ where: { name: '优化营商环境大讨论大反思大提升' } });
    const jwt = await superAdminJwt(app);
    const tally = await app
      .http()
      .get('/campaign-tally/tallies')
      .query({ campaign: demo.slug })
      .set(bearer(jwt))
      .expect(200);
    const review = tally.body.data.totals.reviewMetrics;
    expect(review.rejected).toBe(0);
    expect(review.approved).toBe(review.published);
    expect(review.published).toBe(
      sheets.filter((s: { item_document_id: string }) => !before.has(s.item_document_id)).length
    );
    expect(review.levels.map((l: { medianWaitSeconds: number }) => l.medianWaitSeconds)).toEqual([
      3600, 3600, 3600,
    ]);
  });
});
