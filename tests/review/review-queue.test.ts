import { createCampaignWithColumn, type CreatedDocument } from '../harness/fixtures';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import {
  ARTICLE,
  CM,
  newsroom,
  person,
  REVIEW_ROLES,
  reviewCalls,
  type Newsroom,
  type Person,
} from './newsroom';

let app: TestApp;
let people: Newsroom;
let calls: ReturnType<typeof reviewCalls>;
let campaignA: CreatedDocument;
let campaignB: CreatedDocument;
let tag = 0;

beforeAll(async () => {
  app = await startApp({ REVIEW_LEVELS: 'article:3,episode:3,pledge:2' });
  people = await newsroom(app);
  calls = reviewCalls(app);
  ({ campaign: campaignA } = await createCampaignWithColumn(app, '待审队列甲'));
  ({ campaign: campaignB } = await createCampaignWithColumn(app, '待审队列乙'));
});
afterAll(stopApp);

async function submitted(campaign: CreatedDocument, who: Person = people.reporter) {
  const res = await app
    .http()
    .post(CM(ARTICLE))
    .set(who.auth)
    .send({
      title: `待审稿件${++tag}`,
      format: 'news',
      campaign: { connect: [{ documentId: campaign.documentId }] },
    });
  expect(res.status).toBe(201);
  const id = res.body.data.documentId as string;
  expect((await calls.submit(who, ARTICLE, id)).status).toBe(200);
  return id;
}

const queueOf = async (who: Person, query: Record<string, string | number> = {}) => {
  const res = await app.http().get('/editorial-review/queue').query(query).set(who.auth);
  expect(res.status).toBe(200);
  expect(res.body.meta.total).toBe(res.body.data.length);
  return res.body.data as Array<{ documentId: string; stageLabel: string; level: number }>;
};
const idsOf = async (who: Person, query: Record<string, string | number> = {}) =>
  (await queueOf(who, query)).map((item) => item.documentId).sort();

describe('待我审核', () => {
  it('lists for each reviewer what waits at a level they may sign, and not what they wrote or signed', async () => {
    // Someone who holds 初审 and 复审 both: after signing 初审 they may not sign 复审 of it.
    const both = await person(app, '钱编辑', [REVIEW_ROLES.editor, REVIEW_ROLES.director]);
    const first = await submitted(campaignA);
    const second = await submitted(campaignB);
    const own = await submitted(campaignA, both); // Written by `both`: never in their queue.

    expect(await idsOf(people.editor)).toEqual([first, second, own].sort());
    expect(await idsOf(both)).toEqual([first, second].sort());
    expect(await idsOf(people.director)).toEqual([]);
    // A reporter signs no level: the queue is not theirs to read.
    expect((await app.http().get('/editorial-review/queue').set(people.reporter.auth)).status).toBe(
      403
    );

    expect((await calls.approve(both, ARTICLE, first)).status).toBe(200);
    expect(await idsOf(people.director)).toEqual([first]);
    expect(await idsOf(both)).toEqual([second]); // Waits at 复审, but `both` signed its 初审.
    const [item] = await queueOf(people.director);
    expect([item.stageLabel, item.level]).toEqual(['待复审', 2]);

    // A rejected item leaves every queue; submitted again, it is back at 初审.
    expect((await calls.reject(people.editor, ARTICLE, second, '标题不准确')).status).toBe(200);
    expect(await idsOf(people.editor)).toEqual([own]);
    expect((await calls.submit(people.reporter, ARTICLE, second)).status).toBe(200);
    expect(await idsOf(people.editor)).toEqual([own, second].sort());
    expect(await idsOf(both)).toEqual([second]); // `first` stays out: they signed its 初审.
  });

  it('filters by campaign, type and waiting time, and refuses bad filters with a 400', async () => {
    const inB = await submitted(campaignB);
    const byCampaign = await idsOf(people.editor, { campaign: campaignB.documentId });
    expect(byCampaign).toContain(inB);
    expect(byCampaign.every((id) => id)).toBe(true);
    for (const id of await idsOf(people.editor, { campaign: campaignA.documentId }))
      expect(id).not.toBe(inB);
    expect(await idsOf(people.editor, { contentType: 'api::pledge.pledge' })).toEqual([]);
    expect(await idsOf(people.editor, { contentType: ARTICLE })).toContain(inB);
    // Nothing here has waited a day yet.
    expect(await idsOf(people.editor, { waitingMinutes: 1440 })).toEqual([]);

    for (const query of [{ waitingMinutes: 'soon' }, { contentType: 'article' }, { sort: 'x' }]) {
      const res = await app
        .http()
        .get('/editorial-review/queue')
        .query(query)
        .set(people.editor.auth);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
  });
});
