import type { Core } from '@strapi/strapi';
import type { ContentSearchState } from './index';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Keeps the search index in step with every Document Service write (create, update, publish,
 * unpublish, discard, delete, clone), in the write's own transaction: the document's rows before
 * the write are forgotten, its rows after it are indexed.
 */
export const searchIndexMiddleware =
  (strapi: Core.Strapi, state: ContentSearchState): Middleware =>
  async (context, next) => {
    const { uid, action } = context;
    const { index } = state;
    const table = state.tables.get(uid);
    if (!index || !table || action.startsWith('find') || action === 'count') return next();
    const params = (context.params ?? {}) as { documentId?: unknown };
    // A clone leaves its source as it was and makes a new document: index the result.
    const before =
      typeof params.documentId === 'string' && action !== 'clone' ? params.documentId : null;

    return strapi.db.transaction(async ({ trx }) => {
      const oldIds = before ? await index.documentRowIds(trx, table, before) : [];
      const result = await next();
      const after = before ?? (result as { documentId?: string } | null)?.documentId;
      const newIds = after ? await index.documentRowIds(trx, table, after) : [];
      await index.reindexRows(trx, table, newIds, oldIds);
      return result;
    });
  };
