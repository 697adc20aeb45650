import type { Knex } from 'knex';
import type { SchemaMap } from './schema-map';
import { ident as q, rowsOf } from './sql-dialect';

export interface ColumnName {
  slug: string | null;
  name: string;
}

/** Names of special columns for tally rows. */
export function createColumnRepository(db: Knex, schema: SchemaMap) {
  return {
    /** Slug and name of these column documents: one query, the published version preferred. */
    async namesById(documentIds: string[]): Promise<Map<string, ColumnName>> {
      const found = new Map<string, ColumnName>();
      if (!documentIds.length) return found;
      const rows = rowsOf<{
        document_id: string;
        slug: string | null;
        name: string;
        published_at: unknown;
      }>(
        await db.raw(
          `SELECT document_id, slug, name, published_at FROM ${q(schema.column)}
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
