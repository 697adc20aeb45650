import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';
import { callerOf, cm, draftAs, rowsOf, type Headers } from './admin-fixtures';

/**
 * Issue 9, admin writes, second half: the bodies the admin UI really sends still save, component
 * ids of another document cannot be taken over, the guards hold however the path is spelt, and
 * every content-manager write route carries one.
 */
const ARTICLES = cm(CONTENT_TYPES.article);
const EPISODES = cm(CONTENT_TYPES.episode);
// Fields the edit view drops before it sends a document (content-manager constants/attributes).
const UI_DROPPED = ['id', 'createdBy', 'updatedBy', 'publishedBy', 'createdAt', 'updatedAt'];

let app: TestApp;
let campaignId = '';
let tag = 0;

beforeAll(async () => {
  app = await startApp();
  campaignId = (await createCampaignWithColumn(app, '写入路由活动')).campaign.documentId;
});
afterAll(stopApp);

const article = (title: string) => ({
  title,
  format: 'news',
  campaign: { connect: [{ documentId: campaignId }] },
});

/**
 * The body the edit view sends on save: the document as the admin API returns it, keeping the
 * fields of the admin's schema (documentId among them), without nulls, relations as empty
 * connect/disconnect lists and repeatable components with their __temp_key__.
 */
async function editViewBody(who: Headers, url: string, uid: string) {
  const types = await app.http().get('/content-manager/content-types').set(who);
  const schema = (
    types.body.data as Array<{ uid: string; attributes: Record<string, never> }>
  ).find((type) => type.uid === uid)!.attributes as Record<string, { type: string }>;
  const doc = (await app.http().get(url).set(who)).body.data as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!(key in schema) || UI_DROPPED.includes(key) || key === 'publishedAt' || value === null)
      continue;
    const type = schema[key].type;
    if (type === 'relation') body[key] = { connect: [], disconnect: [] };
    else if (type === 'component' && Array.isArray(value))
      body[key] = value.map((item, i) => ({ ...item, __temp_key__: `a${i}` }));
    else body[key] = value;
  }
  return body;
}

describe('the admin UI keeps working', () => {
  it('an edit-view save, publish and clone go through with the body the UI sends', async () => {
    const author = await callerOf(app, 'author');
    const editor = await callerOf(app, 'editor');
    const own = await draftAs(app, author, CONTENT_TYPES.article, article(`界面保存 ${++tag}`));
    const url = `${ARTICLES}/${own.documentId}`;
    const body = await editViewBody(author, url, CONTENT_TYPES.article);
    expect(body.documentId).toBe(own.documentId);

    const saved = await app
      .http()
      .put(url)
      .set(author)
      .send({ ...body, summary: '作者修改' });
    expect(saved.status).toBe(200);
    expect(saved.body.data.summary).toBe('作者修改');
    const published = await app.http().post(`${url}/actions/publish`).set(editor).send(body);
    expect(published.status).toBe(200);
    // The UI leaves id and documentId out of a clone itself; a clone needs its own slug.
    const { documentId: _documentId, slug: _slug, ...cloneBody } = body;
    const cloned = await app
      .http()
      .post(`${ARTICLES}/clone/${own.documentId}`)
      .set(author)
      .send({ ...cloneBody, title: `界面复制 ${++tag}` });
    expect([cloned.status, cloned.body.error]).toEqual([200, undefined]);
    expect(cloned.body.data.documentId).not.toBe(own.documentId);
  });
});

describe('component rows', () => {
  const episode = (title: string, number: number, description: string) => ({
    title,
    programme: '组件测试',
    number,
    airDate: '2019-05-01',
    problems: [{ description, status: 'open' }],
  });
  const problemsOf = async (documentId: string) =>
    (
      (await app.strapi.db.query(CONTENT_TYPES.episode).findMany({
        where: { documentId },
        populate: { problems: true },
      })) as Array<{ problems: Array<{ id: number; description: string }> }>
    ).flatMap((row) => row.problems);

  it("another document's component id cannot be updated through one's own document", async () => {
    const victim = await draftAs(app, await callerOf(app, 'author'), CONTENT_TYPES.episode, {
      ...episode(`别人的问政 ${++tag}`, 100 + tag, '别人的问题'),
    });
    const author = await callerOf(app, 'author');
    const own = await draftAs(
      app,
      author,
      CONTENT_TYPES.episode,
      episode(`自己的问政 ${++tag}`, 100 + tag, '自己的问题')
    );
    const [theirs] = await problemsOf(victim.documentId);
    const [mine] = await problemsOf(own.documentId);

    const hijack = await app
      .http()
      .put(`${EPISODES}/${own.documentId}`)
      .set(author)
      .send({ problems: [{ id: theirs.id, description: '劫持', status: 'open' }] });
    expect(hijack.status).toBe(400);
    expect(hijack.body.error.message).toMatch(/not related to the entity/);
    // Strapi drops a component id on create: a new row, the other one untouched.
    const created = await draftAs(app, author, CONTENT_TYPES.episode, {
      ...episode(`新建问政 ${++tag}`, 100 + tag, ''),
      problems: [{ id: theirs.id, description: '劫持2', status: 'open' }],
    });
    const [fresh] = await problemsOf(created.documentId);
    expect(fresh.id).not.toBe(theirs.id);
    expect(await problemsOf(victim.documentId)).toEqual([theirs]);

    // Keeping one's own component id still edits it in place.
    const edit = await app
      .http()
      .put(`${EPISODES}/${own.documentId}`)
      .set(author)
      .send({ problems: [{ id: mine.id, description: '已修改', status: 'rectifying' }] });
    expect(edit.status).toBe(200);
    expect(await problemsOf(own.documentId)).toEqual([
      { ...mine, description: '已修改', status: 'rectifying' },
    ]);
  });
});

describe('guards follow the matched route, not the path text', () => {
  it.each(['/CONTENT-MANAGER', '/Content-Manager'])('%s/… is guarded', async (prefix) => {
    const author = await callerOf(app, 'author');
    const theirs = await draftAs(app, await callerOf(app, 'author'), CONTENT_TYPES.article, {
      ...article(`大小写别人 ${++tag}`),
    });
    const own = await draftAs(app, author, CONTENT_TYPES.article, article(`大小写 ${++tag}`));
    const base = `${prefix}/collection-types/${CONTENT_TYPES.article}`;
    const put = await app
      .http()
      .put(`${base}/${own.documentId}`)
      .set(author)
      .send({ documentId: theirs.documentId });
    expect([put.status, put.body.error?.message]).toEqual([
      400,
      expect.stringContaining('documentId'),
    ]);
    const bulk = await app
      .http()
      .post(`${base}/actions/bulkDelete`)
      .set(await callerOf(app, 'editor'))
      .send({ documentIds: [own.documentId], title: 'x' });
    expect([bulk.status, bulk.body.error?.message]).toEqual([
      400,
      expect.stringContaining('title'),
    ]);
    expect(await rowsOf(app, CONTENT_TYPES.article, own.documentId)).toHaveLength(1);
  });

  it('every content-manager route that writes carries a guard', () => {
    type Route = { method: string; handler: string; config?: { middlewares?: unknown[] } };
    const routers = app.strapi.plugin('content-manager').routes as unknown as Record<
      string,
      { type?: string; routes: Route[] }
    >;
    // Layout settings, not documents: guarded by the admin's own settings permissions.
    const exempt = [
      'content-types.updateContentTypeConfiguration',
      'components.updateComponentConfiguration',
    ];
    const unguarded = Object.values(routers)
      .flatMap((router) => router.routes)
      .filter((route) => ['POST', 'PUT'].includes(route.method) && !exempt.includes(route.handler))
      .filter(
        (route) =>
          !(route.config?.middlewares ?? []).some(
            (m) => typeof m === 'string' && m.startsWith('plugin::content-manager.app-')
          )
      )
      .map((route) => route.handler);
    expect(unguarded).toEqual([]);
  });
});
