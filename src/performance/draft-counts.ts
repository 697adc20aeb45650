import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { rowsOf } from '../database/rows';
import { documentAfterWrite, documentBeforeWrite } from '../database/written-document';
import { registerInternalModel } from '../patches';
import { countKey } from './count-cache';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * How many drafts each draft & publish API type has: the total under the content manager's list
 * page, which Strapi otherwise counts row by row (100 ms of every list view at 1M documents).
 * Kept in the same transaction as each Document Service write, recounted at every boot.
 */
export const DRAFT_COUNTS_MODEL = {
  uid: 'app::draft-count',
  singularName: 'draft_count',
  tableName: 'app_draft_counts',
  attributes: {
    id: { type: 'increments' },
    contentType: { type: 'string' },
    drafts: { type: 'integer' },
  },
  indexes: [{ name: 'app_draft_counts_type', columns: ['content_type'], type: 'unique' }],
} as const;

const TABLE = DRAFT_COUNTS_MODEL.tableName;

/**
 * Whether a count asks for all drafts: what the list page asks with no filter or search set
 * (`filters: {}`; drafts are the Document Service's default status).
 */
function isUnfilteredDraftCount(uid: string, params: Record<string, unknown>): boolean {
  const { status = 'draft', filters, ...rest } = params;
  const noFilters =
    filters === undefined ||
    (typeof filters === 'object' && filters !== null && Object.keys(filters).length === 0);
  return status === 'draft' && noFilters && countKey(uid, rest) === countKey(uid, {});
}

function counted(strapi: Core.Strapi): Map<string, string> {
  const types = new Map<string, string>();
  for (const [uid, ct] of Object.entries(strapi.contentTypes))
    if (uid.startsWith('api::') && ct.options?.draftAndPublish)
      types.set(uid, strapi.db.metadata.get(uid).tableName);
  return types;
}

async function draftsOf(trx: Knex.Transaction, table: string, documentId: string) {
  const [row] = rowsOf<{ n: number | string }>(
    await trx.raw(`SELECT COUNT(*) AS n FROM ?? WHERE document_id = ? AND published_at IS NULL`, [
      table,
      documentId,
    ])
  );
  return Number(row.n);
}

/**
 * Registers the table and the middleware. Call in register(), and the returned recount() first
 * thing in bootstrap: counts are served only once they are exact.
 */
export function registerDraftCounts(strapi: Core.Strapi): { recount: () => Promise<void> } {
  registerInternalModel(strapi, DRAFT_COUNTS_MODEL);
  let types: Map<string, string> | null = null;
  let ready = false;

  const middleware: DocumentMiddleware = async (context, next) => {
    types ??= counted(strapi);
    const table = types.get(context.uid);
    if (!ready || !table || context.action.startsWith('find')) return next();
    if (context.action === 'count') {
      const params = (context.params ?? {}) as Record<string, unknown>;
      if (!isUnfilteredDraftCount(context.uid, params)) return next();
      // Joins the caller's transaction if there is one (SQLite has a single connection).
      const row = await strapi.db.transaction(({ trx }) =>
        trx(TABLE).where({ content_type: context.uid }).first('drafts')
      );
      return row ? Number(row.drafts) : next();
    }

    const before = documentBeforeWrite(context.action, context.params);
    return strapi.db.transaction(async ({ trx }) => {
      const was = before ? await draftsOf(trx, table, before) : 0;
      const result = await next();
      const after = documentAfterWrite(before, result);
      const delta = (after ? await draftsOf(trx, table, after) : 0) - was;
      if (delta !== 0)
        await trx(TABLE)
          .where({ content_type: context.uid })
          .update({ drafts: trx.raw('drafts + ?', [delta]) });
      return result;
    });
  };
  strapi.documents.use(middleware);

  /** Counts every type's drafts afresh (writes that went around the Document Service included). */
  const recount = async () => {
    types ??= counted(strapi);
    const knex = strapi.db.connection;
    for (const [uid, table] of types ?? []) {
      await knex(TABLE)
        .insert({ content_type: uid, drafts: 0 })
        .onConflict('content_type')
        .ignore();
      // One statement, so that another instance's write during this boot adds its delta to the
      // recounted row rather than to a row being replaced.
      await knex.raw(
        `UPDATE ?? SET drafts = (SELECT COUNT(*) FROM ?? WHERE published_at IS NULL) WHERE content_type = ?`,
        [TABLE, table, uid]
      );
    }
    ready = true;
  };
  return { recount };
}
