import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { createCampaignWithColumn, type CreatedDocument } from '../harness/fixtures';
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
let tag = 0;
let campaign: CreatedDocument;
let column: CreatedDocument;

beforeAll(async () => {
  app = await startApp({ REVIEW_LEVELS: 'article:3,episode:3,pledge:2' });
  people = await newsroom(app);
  calls = reviewCalls(app);
  ({ campaign, column } = await createCampaignWithColumn(app, '三审测试活动'));
});

const placed = () => ({
  campaign: { connect: [{ documentId: campaign.documentId }] },
  column: { connect: [{ documentId: column.documentId }] },
});
afterAll(stopApp);

const publicGet = (documentId: string) => app.http().get(`/api/articles/${documentId}`);

/** A draft written by the reporter in the content manager. */
async function reporterDraft(
  title = `三审测试稿件${++tag}`,
  who: Person = people.reporter
): Promise<string> {
  const res = await app
    .http()
    .post(CM(ARTICLE))
    .set(who.auth)
    .send({ title, format: 'news', summary: '摘要。', ...placed() });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
}

async function stageOf(documentId: string): Promise<string> {
  const res = await calls.state(people.editor, ARTICLE, documentId);
  expect(res.status).toBe(200);
  return res.body.data.stage as string;
}

/** Submits and signs levels 1..upTo with the newsroom's three reviewers. */
async function passLevels(documentId: string, upTo: number) {
  expect((await calls.submit(people.reporter, ARTICLE, documentId)).status).toBe(200);
  const reviewers = [people.editor, people.director, people.chief];
  for (let level = 1; level <= upTo; level++) {
    const res = await calls.approve(reviewers[level - 1], ARTICLE, documentId, `第${level}级意见`);
    expect(res.status).toBe(200);
  }
}

const audit = (documentId: string) =>
  app.strapi.db
    .connection('editorial_review_audit')
    .where({ item_document_id: documentId })
    .orderBy('id');

/** Every way to publish a document an editor has, each expected to give `status`. */
const PUBLISH_PATHS: Array<[string, (documentId: string) => Promise<number>]> = [
  [
    'content manager publish',
    async (id) =>
      (
        await app
          .http()
          .post(`${CM(ARTICLE)}/${id}/actions/publish`)
          .set(people.editor.auth)
          .send({})
      ).status,
  ],
  [
    'content manager bulk publish',
    async (id) =>
      (
        await app
          .http()
          .post(`${CM(ARTICLE)}/actions/bulkPublish`)
          .set(people.editor.auth)
          .send({ documentIds: [id] })
      ).status,
  ],
  [
    'Document Service publish()',
    async (id) =>
      app.strapi
        .documents(ARTICLE)
        .publish({ documentId: id })
        .then(
          () => 200,
          (e: { name?: string }) => (e.name === 'PolicyError' ? 403 : 500)
        ),
  ],
  [
    "Document Service update with status 'published'",
    async (id) =>
      app.strapi
        .documents(ARTICLE)
        .update({ documentId: id, data: {}, status: 'published' })
        .then(
          () => 200,
          (e: { name?: string }) => (e.name === 'PolicyError' ? 403 : 500)
        ),
  ],
];

describe('三审: the chain', () => {
  it('takes an article from 送审 through 初审, 复审 and 终审 to 发布, and the 签发单 and 操作日志 say so', async () => {
    const id = await reporterDraft('全区优化营商环境大会召开');
    expect(await stageOf(id)).toBe('draft');
    expect((await calls.submit(people.reporter, ARTICLE, id)).status).toBe(200);
    expect(await stageOf(id)).toBe('level-1');
    expect((await calls.approve(people.editor, ARTICLE, id, '事实无误')).body.data.stage).toBe(
      'level-2'
    );
    expect((await calls.approve(people.director, ARTICLE, id, '导向正确')).body.data.stage).toBe(
      'level-3'
    );
    expect((await calls.approve(people.chief, ARTICLE, id, '同意签发')).body.data.stage).toBe(
      'approved'
    );

    const published = await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/publish`)
      .set(people.editor.auth)
      .send({});
    expect(published.status).toBe(200);
    expect((await publicGet(id)).status).toBe(200);

    const state = (await calls.state(people.editor, ARTICLE, id)).body.data;
    expect(state.stage).toBe('published');
    expect(state.sheet).toMatchObject({
      title: '全区优化营商环境大会召开',
      format: 'news',
      publishedByName: '李编辑',
      origin: 'admin',
      wordCount: 3,
    });
    expect(
      state.sheet.signoffs.map((s: { level: number; reviewerName: string; opinion: string }) => [
        s.level,
        s.reviewerName,
        s.opinion,
      ])
    ).toEqual([
      [1, '李编辑', '事实无误'],
      [2, '王主任', '导向正确'],
      [3, '赵总编', '同意签发'],
    ]);
    const log = await audit(id);
    expect(log.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'approve',
      'approve',
      'approve',
      'publish',
    ]);
    expect(log[0]).toMatchObject({
      user_name: '张记者',
      roles: '记者',
      origin: 'admin',
      title_after: '全区优化营商环境大会召开',
    });
    expect(log[5]).toMatchObject({ user_name: '李编辑', origin: 'admin' });
    expect(log[0].ip).toEqual(expect.any(String));
  });

  it('writes the bylines on the 签发单, each with its role and share', async () => {
    const reporters = [];
    for (const name of ['王琳', '周敏'])
      reporters.push(
        await app.strapi
          .documents('api::reporter.reporter')
          .create({ data: { name, kind: 'staff' } })
      );
    const res = await app
      .http()
      .post(CM(ARTICLE))
      .set(people.reporter.auth)
      .send({
        title: '两人署名的稿件',
        format: 'news',
        ...placed(),
        bylines: reporters.map((r, i) => ({
          reporter: { connect: [{ documentId: r.documentId }] },
          role: i === 0 ? 'writer' : 'photographer',
        })),
      });
    expect(res.status).toBe(201);
    const id = res.body.data.documentId as string;
    await passLevels(id, 3);
    const published = await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/publish`)
      .set(people.editor.auth)
      .send({});
    expect(published.status).toBe(200);
    const state = (await calls.state(people.editor, ARTICLE, id)).body.data;
    expect(state.sheet.author).toBe('王琳 · 文字 · 50%、周敏 · 摄影 · 50%');
  });

  it('refuses the same person at a second level, and the author at every level', async () => {
    const both = await person(app, '钱双岗', [REVIEW_ROLES.editor, REVIEW_ROLES.director]);
    const id = await reporterDraft();
    await calls.submit(people.reporter, ARTICLE, id);
    expect((await calls.approve(both, ARTICLE, id)).status).toBe(200);
    const second = await calls.approve(both, ARTICLE, id);
    expect(second.status).toBe(403);
    expect(second.body.error.message).toContain('同一人不能签署两级');
    expect(await stageOf(id)).toBe('level-2');

    // An author who holds every review role signs none of their own story.
    const all = await person(app, '孙全能', [
      REVIEW_ROLES.reporter,
      REVIEW_ROLES.editor,
      REVIEW_ROLES.director,
      REVIEW_ROLES.chief,
    ]);
    const own = await reporterDraft(`自己的稿件${++tag}`, all);
    expect((await calls.submit(all, ARTICLE, own)).status).toBe(200);
    const refused = await calls.approve(all, ARTICLE, own);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('作者');
    // Someone who edited the draft is one of its authors too, at every level it reaches.
    expect((await calls.approve(people.editor, ARTICLE, own)).status).toBe(200);
    expect((await calls.approve(all, ARTICLE, own)).status).toBe(403);
    expect((await calls.approve(people.director, ARTICLE, own)).status).toBe(200);
    expect((await calls.approve(all, ARTICLE, own)).status).toBe(403);
    expect(await stageOf(own)).toBe('level-3');
  });

  it('refuses a reviewer without the level, and a rejection needs a reason the author sees', async () => {
    const id = await reporterDraft();
    await calls.submit(people.reporter, ARTICLE, id);
    expect((await calls.approve(people.director, ARTICLE, id)).status).toBe(403);
    expect((await calls.approve(people.reporter, ARTICLE, id)).status).toBe(403);
    const noReason = await calls.reject(people.editor, ARTICLE, id);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('原因');
    expect((await calls.reject(people.editor, ARTICLE, id, '标题与正文不符，请修改')).status).toBe(
      200
    );
    const seen = (await calls.state(people.reporter, ARTICLE, id)).body.data;
    expect(seen).toMatchObject({
      stage: 'returned',
      stageLabel: '退回修改',
      note: '标题与正文不符，请修改',
      noteByName: '李编辑',
    });
    expect(seen.can.submit).toBe(true);
    expect((await calls.submit(people.reporter, ARTICLE, id)).status).toBe(200);
    expect(await stageOf(id)).toBe('level-1');
  });

  it('voids 复审 and the rest when the draft is edited after 复审, and shows why', async () => {
    const id = await reporterDraft();
    await passLevels(id, 2);
    expect(await stageOf(id)).toBe('level-3');
    const edit = await app
      .http()
      .put(`${CM(ARTICLE)}/${id}`)
      .set(people.reporter.auth)
      .send({ title: '改过的标题' });
    expect(edit.status).toBe(200);
    const state = (await calls.state(people.editor, ARTICLE, id)).body.data;
    expect(state).toMatchObject({ stage: 'level-1', note: '送审后有修改', noteByName: '张记者' });
    expect(state.signoffs).toEqual([]);
    const voided = await app.strapi.db
      .connection('editorial_review_signoffs')
      .where({ item_document_id: id })
      .whereNotNull('voided_at');
    expect(
      voided.map((s: { level: number; void_reason: string }) => [s.level, s.void_reason])
    ).toEqual([
      [1, '送审后有修改'],
      [2, '送审后有修改'],
    ]);
    expect((await calls.approve(people.chief, ARTICLE, id)).status).toBe(403);
    // A save that changes nothing is no edit.
    const same = await app
      .http()
      .put(`${CM(ARTICLE)}/${id}`)
      .set(people.editor.auth)
      .send({ title: '改过的标题' });
    expect(same.status).toBe(200);
    expect((await calls.approve(people.editor, ARTICLE, id)).status).toBe(200);
  });

  it.each(PUBLISH_PATHS)(
    'refuses %s before 终审, naming the stage, and allows it after',
    async (_name, publish) => {
      const id = await reporterDraft();
      expect(await publish(id)).toBe(403);
      await passLevels(id, 2);
      expect(await publish(id)).toBe(403);
      expect((await publicGet(id)).status).toBe(404);
      expect((await calls.approve(people.chief, ARTICLE, id)).status).toBe(200);
      expect(await publish(id)).toBe(200);
      expect((await publicGet(id)).status).toBe(200);
    }
  );

  it('names the stage in the refusal, and a refused publish is in the 操作日志', async () => {
    const id = await reporterDraft('待复审时发布');
    await passLevels(id, 1);
    const res = await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/publish`)
      .set(people.editor.auth)
      .send({});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('不能发布：稿件处于「待复审」阶段，未通过终审');
    await waitFor(async () =>
      (await audit(id)).some((e: { detail: string | null }) => e.detail?.startsWith('拒绝发布'))
    );
  });

  it('refuses creating an article already published, and publish with changed data after 终审', async () => {
    const created = await app
      .http()
      .post(`${CM(ARTICLE)}/actions/publish`)
      .set(people.editor.auth)
      .send({ title: `直接发布${++tag}`, format: 'news', ...placed() });
    expect(created.status).toBe(403);
    await expect(
      app.strapi.documents(ARTICLE).create({
        data: { title: `代码直接发布${tag}`, format: 'news', campaign: campaign.documentId },
        status: 'published',
      })
    ).rejects.toThrow('不能发布');
    expect(
      await app.strapi.db.query(ARTICLE).count({ where: { title: `代码直接发布${tag}` } })
    ).toBe(0);

    const id = await reporterDraft();
    await passLevels(id, 3);
    const changed = await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/publish`)
      .set(people.editor.auth)
      .send({ title: '发布时偷偷改了标题', format: 'news' });
    expect(changed.status).toBe(403);
    // The whole request rolled back: the draft is the approved one, still publishable.
    expect(await stageOf(id)).toBe('approved');
    const unchanged = await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/publish`)
      .set(people.editor.auth)
      .send({});
    expect(unchanged.status).toBe(200);
  });

  it('sends an edit after publishing to a new review; 撤稿 needs a reason and is logged', async () => {
    const id = await reporterDraft();
    await passLevels(id, 3);
    expect(
      (
        await app
          .http()
          .post(`${CM(ARTICLE)}/${id}/actions/publish`)
          .set(people.chief.auth)
          .send({})
      ).status
    ).toBe(200);
    await app
      .http()
      .put(`${CM(ARTICLE)}/${id}`)
      .set(people.reporter.auth)
      .send({ summary: '发布后修改的摘要' })
      .expect(200);
    expect(await stageOf(id)).toBe('draft');
    expect(
      (
        await app
          .http()
          .post(`${CM(ARTICLE)}/${id}/actions/publish`)
          .set(people.editor.auth)
          .send({})
      ).status
    ).toBe(403);
    // The app still shows the approved version.
    expect((await publicGet(id)).body.data.summary).toBe('摘要。');

    const bare = await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/unpublish`)
      .set(people.editor.auth)
      .send({});
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('撤稿须填写原因');
    expect((await calls.withdraw(people.reporter, ARTICLE, id, '有误')).status).toBe(403);
    expect((await calls.withdraw(people.editor, ARTICLE, id)).status).toBe(400);
    expect((await calls.withdraw(people.editor, ARTICLE, id, '数据有误，核实后再发')).status).toBe(
      200
    );
    expect((await publicGet(id)).status).toBe(404);
    const last = (await audit(id)).pop();
    expect(last).toMatchObject({
      action: 'unpublish',
      user_name: '李编辑',
      detail: '撤稿：数据有误，核实后再发',
    });

    // Discarding the edit brings back the approved version: it may go out again unreviewed.
    await app
      .http()
      .post(`${CM(ARTICLE)}/${id}/actions/discard`)
      .set(people.editor.auth)
      .send({})
      .expect(404);
  });

  it('answers bad input with a 4xx that names it', async () => {
    const id = await reporterDraft();
    const notReviewed = await app
      .http()
      .post(`/editorial-review/documents/api::campaign.campaign/${campaign.documentId}/submit`)
      .set(people.editor.auth)
      .send({});
    expect(notReviewed.status).toBe(400);
    expect(notReviewed.body.error.message).toContain('不支持审核的类型');
    const unknownType = await app
      .http()
      .post(`/editorial-review/documents/api::nothing.nothing/${id}/submit`)
      .set(people.editor.auth)
      .send({});
    expect(unknownType.status).toBe(403);
    const badId = await calls.approve(people.editor, ARTICLE, 'not a document');
    expect(badId.status).toBe(400);
    const missing = await calls.approve(people.editor, ARTICLE, 'abcdefghij1234567890abcd');
    expect(missing.status).toBe(404);
    const extra = await app
      .http()
      .post(`/editorial-review/documents/${ARTICLE}/${id}/approve`)
      .set(people.editor.auth)
      .send({ opinion: 'x', stage: 'approved' });
    expect(extra.status).toBe(400);
    expect((await app.http().get(`/editorial-review/documents/${ARTICLE}/${id}`)).status).toBe(401);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
