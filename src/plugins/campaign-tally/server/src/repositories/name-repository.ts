import type { Knex } from 'knex';
import { ident as q, rowsOf } from './sql-dialect';

export interface DocumentName {
  slug: string | null;
  name: string;
}

/**
 * Names (slug and name) of documents that tally rows mention by id: special columns, and the
 * reporters of a tally by reporter. `draftAndPublish`: the table has draft and published rows.
 */
export function createNameRepository(db: Knex, table: string, draftAndPublish: boolean) {
  return {
    /** Slug and name of these column documents: one query, the published version preferred. */
    async namesById(documentIds: string[]): Promise<Map<string, DocumentName>> {
      const found = new Map<string, DocumentName>();
      if (!documentIds.length) return found;
      const rows = rowsOf<{
        document_id: string;
        slug: string | null;
        name: string;
        published_at: unknown;
      }>(
        await db.raw(
          `SELECT document_id, slug, name, ${draftAndPublish ? 'published_at' : 'NULL AS published_at'} FROM ${q(table)}
           WHERE document_id IN (${documentIds.map(() => '?').join(', ')})`,
          documentIds
        )
      );
      // A column taken off the app still names its items: its draft row stands in.
      for (const row of rows) {
        if (!found.has(row.document_id) || row.published_at)
          found.set(row.document_id, { slug: row.slug, name: row.name });
      }
      return found;
    },
  };
}
