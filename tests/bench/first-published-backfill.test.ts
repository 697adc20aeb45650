import { restartApp, startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(stopApp);

const firstPublishedRows = (documentId: string) =>
  app.strapi.db
    .query(CONTENT_TYPES.article)
    .findMany({ where: { documentId }, select: ['firstPublishedAt', 'publishedAt'] });

describe("Strapi's firstPublishedAt back-fill at boot", () => {
  it('still fills a published row that lacks firstPublishedAt, and leaves stamped rows alone', async () => {
    const { column } = await createCampaignWithColumn(app);
    const stamped = await createDocument(app, CONTENT_TYPES.article, {
      title: '已有首次发布时间的稿件',
      format: 'news',
      column: column.documentId,
    });
    const legacy = await createDocument(app, CONTENT_TYPES.article, {
      title: '功能开启前发布的稿件',
      format: 'news',
      column: column.documentId,
    });
    const stampedBefore = await firstPublishedRows(stamped.documentId);
    // As if published before the feature was on: neither row carries the value.
    await app.strapi.db
      .query(CONTENT_TYPES.article)
      .updateMany({ where: { documentId: legacy.documentId }, data: { firstPublishedAt: null } });

    app = await restartApp();

    const legacyAfter = await firstPublishedRows(legacy.documentId);
    const published = legacyAfter.find((row) => row.publishedAt !== null);
    expect(legacyAfter.every((row) => row.firstPublishedAt !== null)).toBe(true);
    expect(new Date(legacyAfter[0].firstPublishedAt as string).getTime()).toBe(
      new Date(published?.publishedAt as string).getTime()
    );
    expect(await firstPublishedRows(stamped.documentId)).toEqual(stampedBefore);
  });
});
