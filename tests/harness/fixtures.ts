import type { TestApp } from './strapi-app';
import { CONTENT_TYPES } from '../../src/content-rules/uids';

export { CONTENT_TYPES };

type Data = Record<string, unknown>;

/** Creates a document through the Document Service, published unless `draft` is set. */
export async function createDocument(
  app: TestApp,
  uid: string,
  data: Data,
  opts: { draft?: boolean } = {}
) {
  const docs = app.strapi.documents(uid as never);
  const created = await docs.create({ data } as never);
  if (opts.draft) return created as Data & { documentId: string };
  const published = await docs.publish({
    documentId: (created as { documentId: string }).documentId,
  } as never);
  return (published as { entries: Array<Data & { documentId: string }> }).entries[0];
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
