import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { authorJwt, bearer, superAdminJwt } from '../harness/callers';
import { createCampaignWithColumn, CONTENT_TYPES } from '../harness/fixtures';
import { previewPath } from '../../src/plugins/editorial-review/server/src/preview/preview-link';

const ARTICLE = CONTENT_TYPES.article;
let app: TestApp;
let admin: Record<string, string>;
let campaignId: string;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
  campaignId = (await createCampaignWithColumn(app, '预览测试活动')).campaign.documentId;
});
afterAll(stopApp);

const previewUrl = (
  who: Record<string, string>,
  uid: string,
  documentId: string,
  status = 'draft'
) => app.http().get(`/content-manager/preview/url/${uid}`).query({ documentId, status }).set(who);

/** An article published as 旧标题, whose draft then became 新标题 with a new body. */
async function editedAfterPublishing(): Promise<string> {
  const created = await app
    .http()
    .post(`/content-manager/collection-types/${ARTICLE}`)
    .set(admin)
    .send({
      title: '旧标题',
      format: 'news',
      author: '张记者',
      campaign: { connect: [{ documentId: campaignId }] },
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '已发布的正文' }] }],
    })
    .expect(201);
  const id = created.body.data.documentId as string;
  await app
    .http()
    .post(`/content-manager/collection-types/${ARTICLE}/${id}/actions/publish`)
    .set(admin)
    .send({})
    .expect(200);
  const edited = await app
    .http()
    .put(`/content-manager/collection-types/${ARTICLE}/${id}`)
    .set(admin)
    .send({
      title: '新标题<script>alert(1)</script>',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: '草稿里的正文', bold: true }],
        },
      ],
    });
  expect([edited.status, edited.body.error?.message]).toEqual([200, undefined]);
  return id;
}

describe('preview as the app will show it', () => {
  it('opens the draft and the published version at phone width from a signed link', async () => {
    const id = await editedAfterPublishing();
    const draftUrl = (await previewUrl(admin, ARTICLE, id).expect(200)).body.data.url as string;
    const draft = await app.http().get(draftUrl).expect(200);
    expect(draft.headers['content-type']).toContain('text/html');
    expect(draft.headers['cache-control']).toBe('no-store');
    expect(draft.text).toContain('草稿里的正文');
    expect(draft.text).toContain('width=device-width');
    expect(draft.text).toContain('张记者');
    // Text is escaped.
    expect(draft.text).not.toContain('<script>alert');
    expect(draft.text).toContain('&lt;script&gt;');
    const publishedUrl = (await previewUrl(admin, ARTICLE, id, 'published').expect(200)).body.data
      .url as string;
    const published = await app.http().get(publishedUrl).expect(200);
    expect(published.text).toContain('旧标题');
    expect(published.text).toContain('已发布的正文');
    expect(published.text).not.toContain('草稿里的正文');
  });

  it('refuses a link that was altered, points elsewhere or expired', async () => {
    const id = await editedAfterPublishing();
    const url = (await previewUrl(admin, ARTICLE, id).expect(200)).body.data.url as string;
    const other = await editedAfterPublishing();
    expect((await app.http().get(url.replace(id, other))).status).toBe(403);
    expect((await app.http().get(url.replace('status=draft', 'status=published'))).status).toBe(
      403
    );
    expect((await app.http().get(url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
    expect((await app.http().get(url.replace(/&sig=[^&]+/, ''))).status).toBe(400);
    const secret = app.strapi.config.get<string>('admin.auth.secret');
    const expired = previewPath(
      secret,
      { uid: ARTICLE, documentId: id, status: 'draft' },
      Date.now() - 3_600_000
    );
    expect((await app.http().get(expired)).status).toBe(403);
    const forgedType = previewPath(secret, {
      uid: 'api::campaign.campaign',
      documentId: campaignId,
      status: 'draft',
    });
    expect((await app.http().get(forgedType)).status).toBe(400);
  });

  it('gives no link for a type the app shows no page of, nor to an author for another author’s draft', async () => {
    expect((await previewUrl(admin, 'api::campaign.campaign', campaignId)).status).toBe(204);
    const id = await editedAfterPublishing();
    const author = bearer(await authorJwt(app));
    expect((await previewUrl(author, ARTICLE, id)).status).toBe(204);
    expect(
      (await app.http().get(`/content-manager/preview/url/${ARTICLE}`).query({ documentId: id }))
        .status
    ).toBe(401);
  });
});
