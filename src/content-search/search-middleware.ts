import type { Core } from '@strapi/strapi';
import { documentAfterWrite, documentBeforeWrite } from '../database/written-document';
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
    const before = documentBeforeWrite(action, context.params);

    return strapi.db.transaction(async ({ trx }) => {
      const oldIds = before ? await index.documentRowIds(trx, table, before) : [];
      const result = await next();
      const after = documentAfterWrite(before, result);
      const newIds = after ? await index.documentRowIds(trx, table, after) : [];
      await index.reindexRows(trx, table, newIds, oldIds);
      return result;
    });
  };
