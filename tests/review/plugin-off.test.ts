import { bearer, editorJwt, superAdminJwt } from '../harness/callers';
import { createCampaignWithColumn } from '../harness/fixtures';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';

// The bench's baseline (BENCHMARKS.md, 三审 at publish): the app booted without the review plugin.
// Review levels are on: were the plugin there, the publish below would be a 403.
let app: TestApp;

beforeAll(async () => {
  app = await startApp({
    EDITORIAL_REVIEW_ENABLED: 'false',
    REVIEW_LEVELS: 'article:3,episode:3,pledge:2',
  });
});
afterAll(async () => {
  delete process.env.EDITORIAL_REVIEW_ENABLED;
  await stopApp();
});

describe('the app with the editorial-review plugin switched off', () => {
  it('boots, lets an Editor publish, and tallies without 三审 metrics', async () => {
    expect(app.strapi.plugin('editorial-review')).toBeUndefined();
    const { campaign, column } = await createCampaignWithColumn(app, '无审核插件活动');
    const auth = bearer(await editorJwt(app));
    const cm = '/content-manager/collection-types/api::article.article';
    const created = await app
      .http()
      .post(cm)
      .set(auth)
      .send({ title: '无审核插件稿件', format: 'news', column: column.documentId });
    expect(created.status).toBe(201);
    const published = await app
      .http()
      .post(`${cm}/${created.body.data.documentId}/actions/publish`)
      .set(auth)
      .send({});
    expect(published.status).toBe(200);
    const tally = await app
      .http()
      .get('/campaign-tally/tallies')
      .query({ campaign: campaign.slug as string })
      .set(bearer(await superAdminJwt(app)));
    expect(tally.status).toBe(200);
    expect(tally.body.data.totals.articles).toBe(1);
    expect(tally.body.data.totals.reviewMetrics).toBeNull();
  });
});
