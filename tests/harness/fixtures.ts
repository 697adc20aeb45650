import type { TestApp } from './strapi-app';
import {
  CONTENT_TYPES,
  isPublishable,
  type AppContentType,
  type PublishableContentType,
} from '../../src/content-rules/uids';
import { createPublishedAt as createPublishedAtOn } from '../../src/seed/publish-backdated';

export { CONTENT_TYPES };

type Data = Record<string, unknown>;
/** A document as a suite reads it back: its fields, by name. */
export type CreatedDocument = Data & { documentId: string };

/** Creates a document through the Document Service, published unless `draft` is set. */
export async function createDocument(
  app: TestApp,
  uid: AppContentType,
  data: Data,
  opts: { draft?: boolean } = {}
): Promise<CreatedDocument> {
  const created = await app.strapi.documents(uid).create({ data });
  if (opts.draft) return created;
  if (!isPublishable(uid)) throw new Error(`${uid} has no draft & publish`);
  const published = await app.strapi.documents(uid).publish({ documentId: created.documentId });
  return published.entries[0];
}

/** A small published campaign with one column, for suites that need a place to put items. */
export async function createCampaignWithColumn(
  app: TestApp,
  name = '优化营商环境大讨论大反思大提升'
) {
  const campaign = await createDocument(app, CONTENT_TYPES.campaign, {
    name,
    startDate: '2019-03-01',
    endDate: '2019-06-30',
  });
  const column = await createDocument(app, CONTENT_TYPES.column, {
    name: `${name}专栏`,
    outlet: 'app',
    placement: 'headline',
    campaign: campaign.documentId,
  });
  return { campaign, column };
}

/**
 * The seed's createPublishedAt (src/seed/publish-backdated.ts) on the suite's app: created through
 * the Document Service and published as if first published at `iso`.
 */
export const createPublishedAt = (
  app: TestApp,
  uid: PublishableContentType,
  data: Data,
  iso: string
): Promise<string> => createPublishedAtOn(app.strapi, uid, data, new Date(iso));
