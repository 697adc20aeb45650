import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';
import {
  callerOf,
  cm,
  draftAs,
  rowsOf,
  rowsWhere,
  type Headers,
  type Role,
} from './admin-fixtures';

/**
 * Issue 9, admin writes: no content-manager write may move a row into another document or forge
 * what Strapi manages. documentId, id and locale naming another document are a 400 that names the
 * key; publishedAt, createdBy and updatedBy are ignored. The database is checked after each try:
 * the other document is unchanged and the caller's rows stay in the caller's document.
 */
const ARTICLES = cm(CONTENT_TYPES.article);
// firstPublishedAt too: the content manager stored it as sent.
const KEYS = [
  'documentId',
  'id',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'firstPublishedAt',
] as const;
const FORGED_TIME = '2001-01-01T00:00:00.000Z';
const PATHS = ['create', 'update', 'publish', 'clone'] as const;
const REFUSED = new Set(['documentId', 'id', 'locale']);

let app: TestApp;
let campaignId = '';
let tag = 0;

beforeAll(async () => {
  app = await startApp();
  campaignId = (await createCampaignWithColumn(app, '写入防护活动')).campaign.documentId;
});
afterAll(stopApp);

const article = (title: string) => ({
  title,
  format: 'news',
  campaign: { connect: [{ documentId: campaignId }] },
});

/** Another author's article, published by an editor so it also has a published row. */
async function victimArticle(editor: Headers) {
  const victim = await callerOf(app, 'author');
  const draft = await draftAs(app, victim, CONTENT_TYPES.article, article(`受害稿件 ${++tag}`));
  const published = await app
    .http()
    .post(`${ARTICLES}/${draft.documentId}/actions/publish`)
    .set(editor)
    .send({});
  expect(published.status).toBe(200);
  const rows = await rowsOf(app, CONTENT_TYPES.article, draft.documentId);
  const publishedRow = rows.find((row) => row.publishedAt !== null);
  return {
    draft,
    forged: {
      documentId: draft.documentId,
      id: draft.id,
      publishedAt: new Date(publishedRow?.publishedAt as string).toISOString(),
      createdBy: draft.createdBy.id,
      updatedBy: draft.createdBy.id,
      locale: 'en',
      firstPublishedAt: FORGED_TIME,
    } as Record<(typeof KEYS)[number], unknown>,
  };
}

function send(who: Headers, path: (typeof PATHS)[number], own: string, body: object) {
  const http = app.http();
  switch (path) {
    case 'create':
      return http.post(ARTICLES).set(who).send(body);
    case 'update':
      return http.put(`${ARTICLES}/${own}`).set(who).send(body);
    case 'publish':
      return http.post(`${ARTICLES}/${own}/actions/publish`).set(who).send(body);
    case 'clone':
      return http.post(`${ARTICLES}/clone/${own}`).set(who).send(body);
  }
}

describe.each<Role>(['author', 'editor'])('content-manager writes by an %s', (role) => {
  it("refuse another document's ids and ignore forged Strapi-managed keys, on every path", async () => {
    const editor = await callerOf(app, 'editor');
    const { draft: victim, forged } = await victimArticle(editor);
    const caller = await callerOf(app, role);
    const own = await draftAs(app, caller, CONTENT_TYPES.article, article(`自己的稿件 ${++tag}`));
    const victimBefore = await rowsOf(app, CONTENT_TYPES.article, victim.documentId);

    const run = `w${++tag}`;
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const path of PATHS) {
      for (const key of KEYS) {
        const res = await send(caller, path, own.documentId, {
          ...article(`${run} ${path} ${key}`),
          [key]: forged[key],
        });
        const message = String(res.body?.error?.message ?? '');
        const named = res.status === 400 && message.includes(key) ? 'named' : 'unnamed';
        outcomes.push(`${path} ${key}: ${res.status >= 400 ? `${res.status} ${named}` : 'ok'}`);
        // Authors have no publish right: Strapi's own 403 comes first.
        const noRight = role === 'author' && path === 'publish';
        const outcome = noRight ? '403 unnamed' : REFUSED.has(key) ? '400 named' : 'ok';
        expected.push(`${path} ${key}: ${outcome}`);
      }
    }
    expect(outcomes).toEqual(expected);

    // The other document is untouched, and holds no row the caller wrote.
    expect(await rowsOf(app, CONTENT_TYPES.article, victim.documentId)).toEqual(victimBefore);
    expect((await rowsOf(app, CONTENT_TYPES.article, own.documentId)).map((r) => r.id)).toContain(
      own.id
    );
    // Every row this test wrote is the caller's, in the caller's documents, with Strapi's times.
    const written = await rowsWhere(app, CONTENT_TYPES.article, { title: { $startsWith: run } });
    expect(written.length).toBeGreaterThan(PATHS.length);
    for (const row of written) {
      expect(row.documentId).not.toBe(victim.documentId);
      expect(row.createdBy).toBe(own.createdBy.id);
      // Created and cloned documents stay drafts; only the caller's own one may be published.
      if (row.documentId !== own.documentId) expect(row.publishedAt).toBeNull();
      for (const time of [row.publishedAt, row.firstPublishedAt]) {
        if (time === null) continue;
        expect([FORGED_TIME, forged.publishedAt]).not.toContain(
          new Date(time as string).toISOString()
        );
      }
    }
  });
});

describe('the takeover reported in issue 9', () => {
  it("an author's update naming another document is refused, and the owner can still publish", async () => {
    const editor = await callerOf(app, 'editor');
    const owner = await callerOf(app, 'author');
    const theirs = await draftAs(app, owner, CONTENT_TYPES.article, article(`主人的稿件 ${++tag}`));
    const author = await callerOf(app, 'author');
    const mine = await draftAs(app, author, CONTENT_TYPES.article, article(`作者的稿件 ${++tag}`));

    const res = await app
      .http()
      .put(`${ARTICLES}/${mine.documentId}`)
      .set(author)
      .send({ title: '移花接木', documentId: theirs.documentId });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('documentId');
    expect((await rowsOf(app, CONTENT_TYPES.article, theirs.documentId)).map((r) => r.id)).toEqual([
      theirs.id,
    ]);

    const publish = await app
      .http()
      .post(`${ARTICLES}/${theirs.documentId}/actions/publish`)
      .set(editor)
      .send({});
    expect(publish.status).toBe(200);
    expect(publish.body.data.title).toBe(theirs.title);
  });
});
