import type { ReviewMetrics as TallyReviewMetrics } from '../../src/plugins/campaign-tally/shared/contracts';
import type { ReviewMetrics } from '../../src/plugins/editorial-review/shared/contracts';
import { bearer, binary, superAdminJwt } from '../harness/callers';
import { createCampaignWithColumn, type CreatedDocument } from '../harness/fixtures';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { ARTICLE, CM, newsroom, reviewCalls, type Newsroom, type Person } from './newsroom';

// The two plugins' contracts stay one shape: each must be assignable to the other.
const toTally = (m: ReviewMetrics): TallyReviewMetrics => m;
const toReview = (m: TallyReviewMetrics): ReviewMetrics => m;
void toTally;
void toReview;

let app: TestApp;
let people: Newsroom;
let calls: ReturnType<typeof reviewCalls>;
let jwt: string;
let tag = 0;
const HOUR = 3600;

type Outcome = 'pending' | 'approved' | 'rejected' | 'superseded';

/** The independent model: each 送审 cycle, where it was counted, and what it waited. */
interface ModelCycle {
  campaign: string;
  outcome: Outcome;
  publishedAfterHours: number | null;
  decisions: Array<{ level: number; decision: 'approve' | 'reject'; waitedHours: number }>;
}
const model: ModelCycle[] = [];
const current = new Map<string, ModelCycle>();

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rate = (part: number, whole: number) => (whole ? part / whole : null);

function expected(campaign: string): ReviewMetrics {
  const cycles = model.filter((c) => c.campaign === campaign);
  const count = (o: Outcome) => cycles.filter((c) => c.outcome === o).length;
  const decisions = cycles.flatMap((c) => c.decisions);
  const published = cycles.filter((c) => c.publishedAfterHours !== null);
  const hours = (values: number[]) => {
    const m = median(values);
    return m === null ? null : m * HOUR;
  };
  return {
    submitted: cycles.length,
    approved: count('approved'),
    rejected: count('rejected'),
    superseded: count('superseded'),
    pending: count('pending'),
    rejectionRate: rate(count('rejected'), count('approved') + count('rejected')),
    published: published.length,
    medianSecondsToPublish: hours(published.map((c) => c.publishedAfterHours as number)),
    levels: ([1, 2, 3] as const).map((level) => {
      const at = decisions.filter((d) => d.level === level);
      const approved = at.filter((d) => d.decision === 'approve').length;
      const rejected = at.length - approved;
      return {
        level,
        label: ({ 1: '初审', 2: '复审', 3: '终审' } as const)[level],
        approved,
        rejected,
        rejectionRate: rate(rejected, at.length),
        medianWaitSeconds: hours(at.map((d) => d.waitedHours)),
      };
    }),
  };
}

/** Seconds are measured on a real clock: the stored figures may be a few seconds over the model. */
function expectClose(actual: ReviewMetrics, want: ReviewMetrics) {
  const near = (a: number | null, b: number | null) => {
    if (b === null) expect(a).toBeNull();
    else expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(5);
  };
  const { medianSecondsToPublish, levels, ...counts } = actual;
  const { medianSecondsToPublish: wantMedian, levels: wantLevels, ...wantCounts } = want;
  expect(counts).toEqual(wantCounts);
  near(medianSecondsToPublish, wantMedian);
  expect(levels.map(({ medianWaitSeconds: _wait, ...rest }) => rest)).toEqual(
    wantLevels.map(({ medianWaitSeconds: _wait, ...rest }) => rest)
  );
  levels.forEach((l, i) => near(l.medianWaitSeconds, wantLevels[i].medianWaitSeconds));
}

let campaignA: CreatedDocument;
let campaignB: CreatedDocument;
let columnA: CreatedDocument;
let columnB: CreatedDocument;

beforeAll(async () => {
  app = await startApp({ REVIEW_LEVELS: 'article:3,episode:3,pledge:2' });
  people = await newsroom(app);
  calls = reviewCalls(app);
  jwt = await superAdminJwt(app);
  ({ campaign: campaignA, column: columnA } = await createCampaignWithColumn(app, '三审统计甲'));
  ({ campaign: campaignB, column: columnB } = await createCampaignWithColumn(app, '三审统计乙'));
});
afterAll(stopApp);

const placedIn = (campaign: CreatedDocument, column: CreatedDocument) => ({
  campaign: { connect: [{ documentId: campaign.documentId }] },
  column: { connect: [{ documentId: column.documentId }] },
});

async function draftIn(campaign: CreatedDocument, column: CreatedDocument): Promise<string> {
  const res = await app
    .http()
    .post(CM(ARTICLE))
    .set(people.reporter.auth)
    .send({ title: `统计稿件${++tag}`, format: 'news', ...placedIn(campaign, column) });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
}

/** As if the item had waited `hours` at its current stage (the clock of a real newsroom). */
async function waited(documentId: string, hours: number) {
  await app.strapi.db.query('plugin::editorial-review.review-state').updateMany({
    where: { itemDocumentId: documentId },
    data: { stageSince: new Date(Date.now() - hours * HOUR * 1000) },
  });
}

async function submit(documentId: string, campaign: CreatedDocument) {
  expect((await calls.submit(people.reporter, ARTICLE, documentId)).status).toBe(200);
  const cycle: ModelCycle = {
    campaign: campaign.documentId,
    outcome: 'pending',
    publishedAfterHours: null,
    decisions: [],
  };
  model.push(cycle);
  current.set(documentId, cycle);
}

const REVIEWERS = (): Person[] => [people.editor, people.director, people.chief];

async function approve(documentId: string, level: number, waitedHours: number) {
  await waited(documentId, waitedHours);
  const res = await calls.approve(REVIEWERS()[level - 1], ARTICLE, documentId);
  expect(res.status).toBe(200);
  const cycle = current.get(documentId) as ModelCycle;
  cycle.decisions.push({ level, decision: 'approve', waitedHours });
  if (level === 3) cycle.outcome = 'approved';
}

async function reject(documentId: string, level: number, waitedHours: number) {
  await waited(documentId, waitedHours);
  const res = await calls.reject(REVIEWERS()[level - 1], ARTICLE, documentId, '请补充采访');
  expect(res.status).toBe(200);
  const cycle = current.get(documentId) as ModelCycle;
  cycle.decisions.push({ level, decision: 'reject', waitedHours });
  cycle.outcome = 'rejected';
}

/** Publishes as if the version had been submitted `hoursAfterSubmission` ago. */
async function publish(documentId: string, hoursAfterSubmission: number) {
  const cycle = current.get(documentId) as ModelCycle;
  const row = await app.strapi.db
    .query('plugin::editorial-review.review-cycle')
    .findOne({ where: { itemDocumentId: documentId }, orderBy: { cycle: 'desc' } });
  await app.strapi.db.query('plugin::editorial-review.review-cycle').update({
    where: { id: row.id },
    data: { submittedMs: Date.now() - hoursAfterSubmission * HOUR * 1000 },
  });
  const res = await app
    .http()
    .post(`${CM(ARTICLE)}/${documentId}/actions/publish`)
    .set(people.editor.auth)
    .send({});
  expect(res.status).toBe(200);
  cycle.publishedAfterHours = hoursAfterSubmission;
}

async function edit(documentId: string, data: Record<string, unknown>) {
  const res = await app
    .http()
    .put(`${CM(ARTICLE)}/${documentId}`)
    .set(people.reporter.auth)
    .send(data);
  expect(res.status).toBe(200);
}

const tallyOf = async (campaign: CreatedDocument, query: Record<string, string> = {}) => {
  const res = await app
    .http()
    .get('/campaign-tally/tallies')
    .query({ campaign: campaign.slug as string, ...query })
    .set(bearer(jwt));
  expect(res.status).toBe(200);
  return res.body.data;
};

describe('三审 metrics in the tally', () => {
  it('counts every cycle where it was submitted, with outcomes, rates and medians equal to a model', async () => {
    // 1. Through all three levels and published; then withdrawn and published again.
    const a1 = await draftIn(campaignA, columnA);
    await submit(a1, campaignA);
    await approve(a1, 1, 2);
    await approve(a1, 2, 4);
    await approve(a1, 3, 1);
    await publish(a1, 10);
    expect((await calls.withdraw(people.editor, ARTICLE, a1, '核实数据')).status).toBe(200);
    const again = await app
      .http()
      .post(`${CM(ARTICLE)}/${a1}/actions/publish`)
      .set(people.editor.auth)
      .send({});
    expect(again.status).toBe(200); // The first publication's time stands.

    // 2. Sent back at 复审, then submitted again and waiting at 复审.
    const a2 = await draftIn(campaignA, columnA);
    await submit(a2, campaignA);
    await approve(a2, 1, 3);
    await reject(a2, 2, 5);
    await submit(a2, campaignA);
    await approve(a2, 1, 1);

    // 3. Edited after 初审: that cycle is superseded and a new one waits at 初审.
    const a3 = await draftIn(campaignA, columnA);
    await submit(a3, campaignA);
    await approve(a3, 1, 6);
    await edit(a3, { summary: '送审后补充的摘要。' });
    (current.get(a3) as ModelCycle).outcome = 'superseded';
    const superseding: ModelCycle = {
      campaign: campaignA.documentId,
      outcome: 'pending',
      publishedAfterHours: null,
      decisions: [],
    };
    model.push(superseding);
    current.set(a3, superseding);

    // 4. Campaign B's own article, published: counted in B only.
    const b1 = await draftIn(campaignB, columnB);
    await submit(b1, campaignB);
    await approve(b1, 1, 1);
    await approve(b1, 2, 1);
    await approve(b1, 3, 1);
    await publish(b1, 3);

    // 5. Rejected in A, moved to B and submitted again: the second cycle counts in B.
    const a5 = await draftIn(campaignA, columnA);
    await submit(a5, campaignA);
    await reject(a5, 1, 8);
    await edit(a5, placedIn(campaignB, columnB));
    await submit(a5, campaignB);

    // 6. A second published article in A, so the medians take the mean of two middles.
    const a6 = await draftIn(campaignA, columnA);
    await submit(a6, campaignA);
    await approve(a6, 1, 1);
    await approve(a6, 2, 2);
    await approve(a6, 3, 3);
    await publish(a6, 20);

    for (const campaign of [campaignA, campaignB]) {
      const data = await tallyOf(campaign);
      expectClose(data.totals.reviewMetrics, expected(campaign.documentId));
    }
    // Spot-check the model against the scenario, so a wrong model cannot pass silently.
    const a = expected(campaignA.documentId);
    expect([a.submitted, a.approved, a.rejected, a.superseded, a.pending]).toEqual([7, 2, 2, 1, 2]);
    expect(a.medianSecondsToPublish).toBe(15 * HOUR);
  });

  it('filters by the day of submission in the campaign time zone', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000 * 2).toISOString().slice(0, 10);
    const later = await tallyOf(campaignA, { from: tomorrow });
    expect(later.totals.reviewMetrics.submitted).toBe(0);
    expect(later.totals.reviewMetrics.medianSecondsToPublish).toBeNull();
    const earlier = await tallyOf(campaignA, { to: yesterday });
    expect(earlier.totals.reviewMetrics.submitted).toBe(0);
    const around = await tallyOf(campaignA, { from: yesterday, to: tomorrow });
    expect(around.totals.reviewMetrics.submitted).toBe(expected(campaignA.documentId).submitted);
  });

  it('puts the metrics in the summary, the XLSX rule sheet and the JSON export', async () => {
    const want = expected(campaignA.documentId);
    const summary = await app
      .http()
      .get('/campaign-tally/summary')
      .query({ campaign: campaignA.slug as string })
      .set(bearer(jwt));
    expect(summary.status).toBe(200);
    expect(summary.body.data.text).toContain(
      `送审${want.submitted}件次，终审通过${want.approved}件次，退回修改${want.rejected}件次（退回率50%）`
    );
    expect(summary.body.data.text).toContain('从送审到发布用时中位数15小时');

    const json = await app
      .http()
      .get('/campaign-tally/export')
      .query({ campaign: campaignA.slug as string, format: 'json' })
      .set(bearer(jwt));
    expect(json.status).toBe(200);
    expectClose(JSON.parse(json.text).totals.reviewMetrics, want);

    const ExcelJS = (await import('exceljs')).default;
    const xlsx = await app
      .http()
      .get('/campaign-tally/export')
      .query({ campaign: campaignA.slug as string, format: 'xlsx' })
      .set(bearer(jwt))
      .buffer(true)
      .parse(binary);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const facts = new Map<string, unknown>();
    book.getWorksheet('统计口径与参数')!.eachRow((row) => {
      facts.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(facts.get('送审（件次）')).toBe(want.submitted);
    expect(facts.get('退回修改（件次）')).toBe(want.rejected);
    expect(facts.get('退回率')).toBe('50%');
    expect(facts.get('送审至发布用时中位数（小时）')).toBe(15);
    expect(facts.get('复审退回（件次）')).toBe(1);
  });
});
