import fs from 'fs';
import path from 'path';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { authorJwt, bearer, editorJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, type CreatedDocument } from '../harness/fixtures';
import type { PublicTotalsResponse } from '../../src/plugins/campaign-tally/shared/contracts';

const ACTION_UID = 'plugin::publisher.action';
const ARTICLES = `/content-manager/collection-types/${CONTENT_TYPES.article}`;
const TALLY_ROUTES = path.resolve(__dirname, '../../src/plugins/campaign-tally/server/src/routes');
// The totals assertions run once the campaign-tally server has routes; until then they are skipped.
const tallyLanded = fs.existsSync(TALLY_ROUTES) && fs.readdirSync(TALLY_ROUTES).length > 0;

interface ScheduledAction {
  documentId: string;
  entityId: string;
  entitySlug: string;
  mode: 'publish' | 'unpublish';
  executeAt: string;
}

let app: TestApp;
let editor: Record<string, string>;
let campaign: CreatedDocument;
let column: CreatedDocument;

beforeAll(async () => {
  app = await startApp();
  editor = bearer(await editorJwt(app));
  ({ campaign, column } = await createCampaignWithColumn(app, '定时发布测试活动'));
});
afterAll(stopApp);

const publication = () => app.strapi.plugin('publisher').service('publicationService');
const publicGet = (documentId: string) => app.http().get(`/api/articles/${documentId}`);

async function draftArticle(title: string): Promise<string> {
  const res = await app
    .http()
    .post(ARTICLES)
    .set(editor)
    .send({ title, format: 'news', column: { connect: [{ documentId: column.documentId }] } });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
}

/** Schedules through the plugin's admin route, with the body its edit-view panel sends. */
function schedule(who: Record<string, string>, entityId: string, mode: string, executeAt: Date) {
  return app
    .http()
    .post('/publisher/actions')
    .set(who)
    .send({
      data: { mode, entityId, entitySlug: CONTENT_TYPES.article, executeAt, locale: null },
    });
}

async function articleTotal(): Promise<number> {
  const res = await app.http().get(`/api/campaign-tally/campaigns/${campaign.slug}/totals`);
  expect(res.status).toBe(200);
  return (res.body as PublicTotalsResponse).data.totals.articles;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting for the scheduled action');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const pendingActions = (entityId: string) =>
  app.strapi.db.query(ACTION_UID).count({ where: { entityId } });

describe('scheduled publishing (strapi-plugin-publisher)', () => {
  it('refuses to let an author schedule a publish', async () => {
    const documentId = await draftArticle('作者不能定时发布');
    const res = await schedule(
      bearer(await authorJwt(app)),
      documentId,
      'publish',
      new Date(Date.now() + 60000)
    );
    expect(res.status).toBe(403);
    expect(await pendingActions(documentId)).toBe(0);

    // Moving or cancelling an editor's schedule needs the same right.
    const byEditor = await schedule(editor, documentId, 'publish', new Date(Date.now() + 60000));
    const id = (byEditor.body.data as ScheduledAction).documentId;
    const author = bearer(await authorJwt(app));
    expect((await app.http().delete(`/publisher/actions/${id}`).set(author)).status).toBe(403);
    const later = { data: { executeAt: new Date(Date.now() + 120000) } };
    expect((await app.http().put(`/publisher/actions/${id}`).set(editor).send(later)).status).toBe(
      200
    );
    expect((await app.http().delete(`/publisher/actions/${id}`).set(editor)).status).toBe(204);
    expect(await pendingActions(documentId)).toBe(0);
  });

  it('publishes at the scheduled time through the Document Service', async () => {
    const documentId = await draftArticle('定时发布：营商环境“回头看”');
    const res = await schedule(editor, documentId, 'publish', new Date(Date.now() + 1500));
    expect([200, 201]).toContain(res.status);
    expect((await publicGet(documentId)).status).toBe(404);

    // The plugin's own timer fires it; the action row is consumed.
    await waitFor(async () => (await publicGet(documentId)).status === 200);
    const published = await publicGet(documentId);
    expect(published.body.data.title).toBe('定时发布：营商环境“回头看”');
    // Document Service middleware ran: the slug rule filled the slug, Strapi stamped firstPublishedAt.
    expect(published.body.data.slug).toMatch(/^ding-shi-fa-bu/);
    expect(published.body.data.firstPublishedAt).toEqual(expect.any(String));
    await waitFor(async () => (await pendingActions(documentId)) === 0);
  });

  it('fires at once a schedule set for a time already past, without a restart', async () => {
    const documentId = await draftArticle('定时发布：时间已过');
    const res = await schedule(editor, documentId, 'publish', new Date(Date.now() - 60_000));
    expect([200, 201]).toContain(res.status);
    await waitFor(async () => (await publicGet(documentId)).status === 200);
    await waitFor(async () => (await pendingActions(documentId)) === 0);
  });

  it('unpublishes on schedule, and a schedule fired twice acts once', async () => {
    const documentId = await draftArticle('定时撤稿测试');
    expect(
      (await app.http().post(`${ARTICLES}/${documentId}/actions/publish`).set(editor).send({}))
        .status
    ).toBe(200);
    expect((await publicGet(documentId)).status).toBe(200);

    const res = await schedule(editor, documentId, 'unpublish', new Date(Date.now() + 60000));
    expect([200, 201]).toContain(res.status);
    const action = res.body.data as ScheduledAction;
    // Deterministic trigger: the schedule is due; two instances' timers fire it at the same time.
    await app.strapi.db.query(ACTION_UID).update({
      where: { documentId: action.documentId },
      data: { executeAt: new Date(Date.now() - 1000) },
    });
    await Promise.all([
      publication().toggle(action, 'unpublish'),
      publication().toggle(action, 'unpublish'),
    ]);
    expect((await publicGet(documentId)).status).toBe(404);
    expect(await pendingActions(documentId)).toBe(0);
  });

  it('does not fire a schedule that was moved later', async () => {
    const documentId = await draftArticle('改期的稿件');
    const res = await schedule(editor, documentId, 'publish', new Date(Date.now() + 60000));
    const action = res.body.data as ScheduledAction;
    // What a stale timer on another instance does: run the action before its (new) time.
    await publication().toggle(action, 'publish');
    expect((await publicGet(documentId)).status).toBe(404);
    // Known 2.0.9 limit: toggle() deletes the action row whatever the hook decided, so the
    // schedule is dropped and must be set again (reported in docs/editors-and-app.md).
    expect(await pendingActions(documentId)).toBe(0);
  });

  (tallyLanded ? it : it.skip)('counts a scheduled publish exactly like a manual one', async () => {
    const before = await articleTotal();
    const scheduled = await draftArticle('定时发布计数');
    const res = await schedule(editor, scheduled, 'publish', new Date(Date.now() + 60000));
    const action = res.body.data as ScheduledAction;
    await app.strapi.db.query(ACTION_UID).update({
      where: { documentId: action.documentId },
      data: { executeAt: new Date(Date.now() - 1000) },
    });
    await Promise.all([
      publication().toggle(action, 'publish'),
      publication().toggle(action, 'publish'),
    ]);
    expect((await publicGet(scheduled)).status).toBe(200);
    expect(await articleTotal()).toBe(before + 1);

    const manual = await draftArticle('手动发布计数');
    expect(
      (await app.http().post(`${ARTICLES}/${manual}/actions/publish`).set(editor).send({})).status
    ).toBe(200);
    expect(await articleTotal()).toBe(before + 2);

    const unpublish = await schedule(editor, scheduled, 'unpublish', new Date(Date.now() + 60000));
    const undo = unpublish.body.data as ScheduledAction;
    await app.strapi.db.query(ACTION_UID).update({
      where: { documentId: undo.documentId },
      data: { executeAt: new Date(Date.now() - 1000) },
    });
    await publication().toggle(undo, 'unpublish');
    expect(await articleTotal()).toBe(before + 1);
  });
});
