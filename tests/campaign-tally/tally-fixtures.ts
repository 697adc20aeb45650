import type { Modules } from '@strapi/strapi';
import type { TestApp } from '../harness/strapi-app';
import { CONTENT_TYPES } from '../harness/fixtures';

type DepartmentKind = Modules.Documents.Params.Data.Input<typeof CONTENT_TYPES.department>['kind'];
export const CM = '/content-manager/collection-types';

export async function createDepartment(
  app: TestApp,
  name: string,
  kind: DepartmentKind = 'district-department',
  sortOrder = 0
) {
  const { documentId, slug } = await app.strapi
    .documents(CONTENT_TYPES.department)
    .create({ data: { name, kind, sortOrder } });
  // The app's slug rule fills it on create; a department without one is a broken fixture.
  if (!slug) throw new Error(`department ${name} was created without a slug`);
  return { documentId, slug };
}

/** First-published time of a document's published row, as epoch ms. */
export async function firstPublishedOf(app: TestApp, uid: string, documentId: string) {
  const row = await app.strapi.db
    .query(uid)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  return row ? new Date(row.firstPublishedAt as string).getTime() : null;
}
