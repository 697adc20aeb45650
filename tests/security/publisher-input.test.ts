import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';
import { callerOf, draftAs, type Headers } from './admin-fixtures';

/**
 * Issue 9, scheduled publishing (strapi-plugin-publisher 2.0.9): the plugin stored any mode, type
 * and id it was sent, and an unknown action id was a 500. Each bad input is now a 400 that names
 * it (404 for an unknown action), nothing is stored, and a valid schedule still works.
 */
const ACTION_UID = 'plugin::publisher.action';

let app: TestApp;
let editor: Headers;
let campaignId = '';
let tag = 0;

beforeAll(async () => {
  app = await startApp();
  campaignId = (await createCampaignWithColumn(app, '定时输入活动')).campaign.documentId;
  editor = await callerOf(app, 'editor');
});
afterAll(stopApp);

const later = () => new Date(Date.now() + 3_600_000).toISOString();
const actionCount = () => app.strapi.db.query(ACTION_UID).count();

async function draftArticle(): Promise<string> {
  return (
    await draftAs(app, editor, CONTENT_TYPES.article, {
      title: `定时输入 ${++tag}`,
      format: 'news',
      campaign: { connect: [{ documentId: campaignId }] },
    })
  ).documentId;
}

const valid = (entityId: string) => ({
  mode: 'publish',
  entityId,
  entitySlug: CONTENT_TYPES.article,
  executeAt: later(),
  locale: null,
});

describe('creating a schedule', () => {
  it('refuses each bad field with a 400 that names it, and stores nothing', async () => {
    const entityId = await draftArticle();
    const before = await actionCount();
    const cases: Array<[string, unknown, string]> = [
      ['unknown mode', { data: { ...valid(entityId), mode: 'explode' } }, 'mode'],
      [
        'unknown type',
        { data: { ...valid(entityId), entitySlug: 'api::nothing.nothing' } },
        'entitySlug',
      ],
      [
        'type not scheduled',
        { data: { ...valid(entityId), entitySlug: CONTENT_TYPES.department } },
        'entitySlug',
      ],
      ['unknown document', { data: { ...valid('nosuchdocument0000000000') } }, 'entityId'],
      ['not a date', { data: { ...valid(entityId), executeAt: 'tomorrow' } }, 'executeAt'],
      ['no date', { data: { ...valid(entityId), executeAt: undefined } }, 'executeAt'],
      ['extra field', { data: { ...valid(entityId), colour: 'red' } }, 'colour'],
      ['no data', { mode: 'publish' }, 'data'],
      ['an array', [1, 2], 'object'],
    ];
    const failures: string[] = [];
    for (const prefix of ['/publisher', '/Publisher']) {
      for (const [label, body, named] of cases) {
        const res = await app
          .http()
          .post(`${prefix}/actions`)
          .set(editor)
          .send(body as object);
        const message = String(res.body?.error?.message ?? '');
        if (res.status !== 400 || !message.includes(named))
          failures.push(`${prefix} ${label}: ${res.status} ${message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await actionCount()).toBe(before);
  });

  it('refuses a bad mode from a full-access API token too', async () => {
    const token = bearer(await apiToken(app, 'full-access'));
    const res = await app
      .http()
      .post('/api/publisher/actions')
      .set(token)
      .send({ data: { ...valid(await draftArticle()), mode: 'explode' } });
    expect([res.status, res.body.error?.message]).toEqual([400, expect.stringContaining('mode')]);
  });
});

describe('moving and cancelling a schedule', () => {
  it('an unknown action id is a 404 on PUT and DELETE, however the path is spelt', async () => {
    for (const prefix of ['/publisher', '/PUBLISHER']) {
      const put = await app
        .http()
        .put(`${prefix}/actions/nosuchaction`)
        .set(editor)
        .send({ data: { executeAt: later() } });
      expect([put.status, put.body.error?.message]).toEqual([
        404,
        expect.stringContaining('nosuchaction'),
      ]);
      const del = await app.http().delete(`${prefix}/actions/nosuchaction`).set(editor);
      expect(del.status).toBe(404);
    }
  });

  it('a valid schedule is created, moved and cancelled; a move changes the time only', async () => {
    const entityId = await draftArticle();
    const created = await app
      .http()
      .post('/publisher/actions')
      .set(editor)
      .send({ data: valid(entityId) });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;

    const retarget = await app
      .http()
      .put(`/publisher/actions/${id}`)
      .set(editor)
      .send({ data: { executeAt: later(), entitySlug: CONTENT_TYPES.campaign } });
    expect([retarget.status, retarget.body.error?.message]).toEqual([
      400,
      expect.stringContaining('entitySlug'),
    ]);
    const badTime = await app
      .http()
      .put(`/publisher/actions/${id}`)
      .set(editor)
      .send({ data: { executeAt: 'soon' } });
    expect([badTime.status, badTime.body.error?.message]).toEqual([
      400,
      expect.stringContaining('executeAt'),
    ]);

    const executeAt = new Date(Date.now() + 7_200_000).toISOString();
    const moved = await app
      .http()
      .put(`/publisher/actions/${id}`)
      .set(editor)
      .send({ data: { executeAt } });
    expect(moved.status).toBe(200);
    const stored = await app.strapi.db.query(ACTION_UID).findOne({ where: { documentId: id } });
    expect({ ...stored, executeAt: new Date(stored.executeAt).toISOString() }).toMatchObject({
      mode: 'publish',
      entityId,
      entitySlug: CONTENT_TYPES.article,
      executeAt,
    });
    expect((await app.http().delete(`/publisher/actions/${id}`).set(editor)).status).toBe(204);
    expect(await app.strapi.db.query(ACTION_UID).count({ where: { documentId: id } })).toBe(0);
  });
});
