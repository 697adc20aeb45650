import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { adminJwt, bearer, createAdminRole } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';
import { callerOf, cm, draftAs, mentions, rowsWhere, type Headers } from './admin-fixtures';

/**
 * Issue 9, admin reads: an Author reads only their own articles, so nothing the content manager
 * answers them may carry another author's draft. The other draft's title and slug carry MARKER,
 * and one substring check covers each response body.
 */
const MARKER = 'QXZSECRET';
const ARTICLES = cm(CONTENT_TYPES.article);

let app: TestApp;
let tag = 0;

beforeAll(async () => {
  app = await startApp();
});
afterAll(stopApp);

/** A campaign and column, another author's draft (with MARKER) and the caller's own draft. */
async function scene() {
  const { campaign, column } = await createCampaignWithColumn(app, `读取防护活动 ${++tag}`);
  const links = {
    campaign: { connect: [{ documentId: campaign.documentId }] },
    column: { connect: [{ documentId: column.documentId }] },
  };
  const theirs = await draftAs(app, await callerOf(app, 'author'), CONTENT_TYPES.article, {
    title: `${MARKER} 别人的草稿 ${tag}`,
    format: 'news',
    ...links,
  });
  const author = await callerOf(app, 'author');
  const mine = await draftAs(app, author, CONTENT_TYPES.article, {
    title: `自己的草稿 ${tag}`,
    format: 'news',
    ...links,
  });
  return { campaign, column, theirs, mine, author };
}

/** Fails with the request when a response body carries the other draft. */
function expectNoLeak(label: string, res: { status: number; text: string }, theirs: string) {
  expect({ label, leaks: mentions(res, MARKER) || mentions(res, theirs) }).toEqual({
    label,
    leaks: false,
  });
  expect(res.status).toBeLessThan(500);
}

describe('clone follows the read right', () => {
  it("an author cannot clone another author's draft, and gets none of its text", async () => {
    const { theirs, mine, author } = await scene();
    for (const url of [
      `${ARTICLES}/clone/${theirs.documentId}`,
      `${ARTICLES}/auto-clone/${theirs.documentId}`,
    ]) {
      const res = await app.http().post(url).set(author).send({});
      expect(res.status).toBe(403);
      expectNoLeak(url, res, theirs.documentId);
    }
    const spelt = await app
      .http()
      .post(`/CONTENT-MANAGER/collection-types/${CONTENT_TYPES.article}/clone/${theirs.documentId}`)
      .set(author)
      .send({});
    expect(spelt.status).toBe(403);
    expect(
      await rowsWhere(app, CONTENT_TYPES.article, { title: { $contains: MARKER } })
    ).toHaveLength(1);

    // Their own draft, and an editor's clone of anyone's, still work.
    const own = await app
      .http()
      .post(`${ARTICLES}/clone/${mine.documentId}`)
      .set(author)
      .send({ title: `副本 ${++tag}`, format: 'news' });
    expect(own.status).toBe(200);
    const editor = await callerOf(app, 'editor');
    const byEditor = await app
      .http()
      .post(`${ARTICLES}/clone/${theirs.documentId}`)
      .set(editor)
      .send({ title: `编辑副本 ${++tag}`, format: 'news' });
    expect(byEditor.status).toBe(200);
  });
});

describe('relation pickers list only what the caller can read', () => {
  it("an author's pickers and bulk reads never show another author's draft", async () => {
    const { campaign, column, theirs, mine, author } = await scene();
    const urls = [
      `/content-manager/relations/${CONTENT_TYPES.column}/articles?_q=${MARKER}`,
      `/content-manager/relations/${CONTENT_TYPES.column}/articles`,
      `/content-manager/relations/${CONTENT_TYPES.campaign}/articles?pageSize=100`,
      `/content-manager/relations/${CONTENT_TYPES.campaign}/${campaign.documentId}/articles`,
      `/content-manager/relations/${CONTENT_TYPES.column}/${column.documentId}/articles`,
      `/CONTENT-MANAGER/relations/${CONTENT_TYPES.column}/${column.documentId}/articles`,
    ];
    for (const url of urls)
      expectNoLeak(url, await app.http().get(url).set(author), theirs.documentId);

    // The author's own article is listed, and an editor sees both: the filter is the read right.
    const existing = `/content-manager/relations/${CONTENT_TYPES.campaign}/${campaign.documentId}/articles`;
    const mineListed = await app.http().get(existing).set(author);
    expect(mineListed.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([
      mine.documentId,
    ]);
    expect(mineListed.body.pagination.total).toBe(1);
    const editorListed = await app
      .http()
      .get(existing)
      .set(await callerOf(app, 'editor'));
    expect(editorListed.body.results).toHaveLength(2);

    const bulk = await app
      .http()
      .post(`${ARTICLES}/actions/bulkFindForValidation`)
      .set(author)
      .send({ documentIds: [theirs.documentId, mine.documentId] });
    expect(bulk.status).toBe(200);
    expectNoLeak('bulkFindForValidation', bulk, theirs.documentId);
    expect(bulk.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([
      mine.documentId,
    ]);
  });

  it('a role that cannot read the target type sees no targets at all', async () => {
    const { campaign, theirs } = await scene();
    const role = await createAdminRole(app, []);
    await app.strapi.service('admin::role').assignPermissions(role, [
      {
        action: 'plugin::content-manager.explorer.read',
        subject: CONTENT_TYPES.campaign,
        properties: { fields: ['name', 'slug', 'articles'] },
        conditions: [],
      },
    ]);
    const reader = bearer(await adminJwt(app, [role]));
    const res = await app
      .http()
      .get(`/content-manager/relations/${CONTENT_TYPES.campaign}/${campaign.documentId}/articles`)
      .set(reader);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
    expectNoLeak('campaign reader', res, theirs.documentId);
  });
});

describe('uid routes', () => {
  const check = (who: Headers, value: string) =>
    app
      .http()
      .post('/content-manager/uid/check-availability')
      .set(who)
      .send({ contentTypeUID: CONTENT_TYPES.article, field: 'slug', value });

  it("never return another author's slug or title", async () => {
    const { theirs, author } = await scene();
    const { slug } = (await app.strapi.db
      .query(CONTENT_TYPES.article)
      .findOne({ where: { documentId: theirs.documentId }, select: ['slug'] })) as { slug: string };
    expect(slug.toLowerCase()).toContain(MARKER.toLowerCase());
    const prefix = slug.slice(0, 3);
    expectNoLeak('check a prefix', await check(author, prefix), theirs.documentId);
    const generated = await app
      .http()
      .post('/content-manager/uid/generate')
      .set(author)
      .send({ contentTypeUID: CONTENT_TYPES.article, field: 'slug', data: { title: prefix } });
    expect(generated.status).toBe(200);
    expectNoLeak('generate from a prefix', generated, theirs.documentId);

    // Decided: a slug another document holds is "not available" (saving it would fail), and the
    // answer is built from the caller's own value only.
    const taken = await check(author, slug);
    expect(taken.status).toBe(200);
    expect(Object.keys(taken.body).sort()).toEqual(['isAvailable', 'suggestion']);
    expect(taken.body.isAvailable).toBe(false);
    expect(taken.body.suggestion).toMatch(new RegExp(`^${slug}-\\d+$`));
  });

  it('need the right to create or edit the type', async () => {
    const role = await createAdminRole(app, []);
    const noRights = bearer(await adminJwt(app, [role]));
    const res = await check(noRights, 'any-slug');
    expect(res.status).toBe(403);
    expect((await check(await callerOf(app, 'author'), 'any-slug')).status).toBe(200);
  });
});
