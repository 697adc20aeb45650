import type { Core } from '@strapi/strapi';
import { checkSelectorBody, cleanEntityBody } from './write-body';
import type { GuardContext } from './guard-context';

/** Where a write's own document comes from: none (a create), a route param, the single type. */
type DocumentSource = 'none' | 'id' | 'sourceId' | 'single';

/** Content-manager handlers whose body is a document's fields (Strapi 5.54 admin routes). */
export const ENTITY_WRITES: Record<string, DocumentSource> = {
  'collection-types.create': 'none',
  'collection-types.update': 'id',
  // Without :id it creates and publishes in one request.
  'collection-types.publish': 'id',
  'collection-types.clone': 'sourceId',
  'collection-types.autoClone': 'sourceId',
  'single-types.createOrUpdate': 'single',
  'single-types.publish': 'single',
};

/** Content-manager handlers whose body only selects documents, with the keys each one reads. */
export const SELECTOR_WRITES: Record<string, string[]> = {
  'collection-types.bulkDelete': ['documentIds', 'locale'],
  'collection-types.bulkPublish': ['documentIds', 'locale'],
  'collection-types.bulkUnpublish': ['documentIds', 'locale'],
  'collection-types.bulkFindForValidation': ['documentIds', 'locale', 'sort'],
  'collection-types.unpublish': ['discardDraft', 'locale'],
  'collection-types.discard': ['locale'],
  'single-types.unpublish': ['discardDraft', 'locale'],
  'single-types.discard': ['locale'],
};

type ContentType = { attributes: Record<string, unknown> };

function isLocalized(strapi: Core.Strapi, contentType: ContentType): boolean {
  const i18n = strapi.plugin('i18n')?.service('content-types') as
    { isLocalizedContentType(model: unknown): boolean } | undefined;
  return i18n?.isLocalizedContentType(contentType) ?? false;
}

/** The documentId a write goes into, by its matched route; null when it creates a document. */
async function routeDocumentId(
  strapi: Core.Strapi,
  source: DocumentSource,
  ctx: GuardContext
): Promise<string | null> {
  if (source === 'id' || source === 'sourceId') return ctx.params?.[source] ?? null;
  if (source === 'none') return null;
  const existing = (await strapi.db
    .query(ctx.params?.model ?? '')
    .findOne({ select: ['documentId'] })) as { documentId?: string } | null;
  return existing?.documentId ?? null;
}

/** Row ids (draft, published) of a document; none for a document still to be created. */
async function rowIdsOf(strapi: Core.Strapi, uid: string, documentId: string | null) {
  if (documentId === null) return [];
  const rows = (await strapi.db
    .query(uid)
    .findMany({ where: { documentId }, select: ['id'] })) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

/**
 * Route middleware on every content-manager write (see src/extensions/content-manager): checks
 * the body by the matched route's handler, never by its path. Entity-data bodies are cleaned
 * (write-body.ts); selector bodies may carry only the keys their action reads.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: GuardContext, next: () => Promise<unknown>) => {
    const { route } = ctx.state;
    if (route?.info?.pluginName !== 'content-manager') return next();
    const handler = typeof route.handler === 'string' ? route.handler : '';
    const uid = ctx.params?.model ?? '';
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
      ContentType | undefined;
    // An unknown model is the routing middleware's 404.
    if (!contentType) return next();
    const localized = isLocalized(strapi, contentType);

    const source = ENTITY_WRITES[handler];
    if (source) {
      const documentId = await routeDocumentId(strapi, source, ctx);
      ctx.request.body = await cleanEntityBody(ctx.request.body, {
        uid,
        attributeNames: Object.keys(contentType.attributes),
        localized,
        documentId,
        rowIds: () => rowIdsOf(strapi, uid, documentId),
      });
      return next();
    }
    const allowed = SELECTOR_WRITES[handler];
    if (allowed) {
      checkSelectorBody(ctx.request.body, { uid, localized, action: handler, allowed });
      return next();
    }
    // Attached by handler name from the same tables: reaching here is a bug, not bad input.
    throw new Error(`no write rule for content-manager handler ${handler}`);
  };
