import type { TestApp } from '../harness/strapi-app';
import { CONTENT_TYPES } from '../harness/fixtures';

type Data = Record<string, unknown>;
export const CM = '/content-manager/collection-types';

/** Publishes a document as if first published at `iso`: the draft row's firstPublishedAt is set first. */
export async function publishAt(app: TestApp, uid: string, documentId: string, iso: string) {
  await app.strapi.db.query(uid as never).update({
    where: { documentId, publishedAt: null },
    data: { firstPublishedAt: new Date(iso) },
  });
  await app.strapi.documents(uid as never).publish({ documentId } as never);
}

/** Creates a draft through the Document Service and publishes it, backdated to `iso`. */
export async function createPublishedAt(app: TestApp, uid: string, data: Data, iso: string) {
  const created = (await app.strapi.documents(uid as never).create({ data } as never)) as {
    documentId: string;
  };
  await publishAt(app, uid, created.documentId, iso);
  return created.documentId;
}

export const createDepartment = async (
  app: TestApp,
  name: string,
  kind = 'district-department',
  sortOrder = 0
) =>
  (await app.strapi
    .documents(CONTENT_TYPES.department)
    .create({ data: { name, kind, sortOrder } } as never)) as unknown as {
    documentId: string;
    slug: string;
  };

/** First-published time of a document's published row, as epoch ms. */
export async function firstPublishedOf(app: TestApp, uid: string, documentId: string) {
  const row = await app.strapi.db
    .query(uid as never)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  return row ? new Date(row.firstPublishedAt as string).getTime() : null;
}
