import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { rowsOf } from '../database/rows';
import { indexedText, queryTokens } from './search-tokens';

/** A content type whose rows are searched through the index, and the columns it indexes. */
export interface SearchedTable {
  uid: string;
  table: string;
  index: string;
  columns: string[];
}

type Db = Knex | Knex.Transaction;
type Attribute = { type: string; columnName?: string; searchable?: boolean };

/** The column types Strapi's own `_q` search reads (@strapi/database utils/types STRING_TYPES). */
const SEARCHED_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration', 'richtext']);
const BATCH = 2000;

/** Every API content type (the archive's tables), with the columns Strapi would search. */
export function searchedTables(strapi: Core.Strapi): SearchedTable[] {
  return Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith('api::'))
    .map((uid) => {
      const meta = strapi.db.metadata.get(uid) as unknown as {
        tableName: string;
        attributes: Record<string, Attribute>;
      };
      const columns = ['documentId', ...Object.keys(meta.attributes)]
        .filter((name, i, all) => all.indexOf(name) === i)
        .map((name) => [name, meta.attributes[name]] as const)
        .filter(([, a]) => a && SEARCHED_TYPES.has(a.type) && a.searchable !== false)
        .map(([name, a]) => a.columnName ?? name);
      return { uid, table: meta.tableName, index: `${meta.tableName}_search`, columns };
    });
}

/**
 * The search index: one row per content row (drafts and published versions alike, as the
 * content manager lists both), holding the tokens of its searched columns. SQLite keeps it in
 * an FTS5 table keyed by the row id, PostgreSQL in a tsvector column with a GIN index. Strapi's
 * schema sync leaves tables it did not create alone.
 */
export function createSearchIndex(db: Knex, client: string) {
  const isPostgres = client === 'postgres';
  const id = (name: string) => `"${name.replace(/"/g, '""')}"`;

  async function rowTexts(trx: Db, t: SearchedTable, where: string, bindings: unknown[]) {
    const rows = rowsOf<Record<string, string | number | null>>(
      await trx.raw(
        `SELECT id, ${t.columns.map(id).join(', ')} FROM ${id(t.table)} WHERE ${where}`,
        bindings as Knex.RawBinding[]
      )
    );
    return rows.map((row) => ({
      id: Number(row.id),
      text: indexedText(t.columns.map((c) => (row[c] == null ? null : String(row[c])))),
    }));
  }

  async function write(trx: Db, t: SearchedTable, rows: Array<{ id: number; text: string }>) {
    if (!rows.length) return;
    const values = rows.map(() => (isPostgres ? "(?, to_tsvector('simple', ?))" : '(?, ?)'));
    await trx.raw(
      `INSERT INTO ${id(t.index)} (${isPostgres ? 'row_id, grams' : 'rowid, grams'}) VALUES ${values.join(', ')}`,
      rows.flatMap((r) => [r.id, r.text])
    );
  }

  async function remove(trx: Db, t: SearchedTable, ids: number[]) {
    if (!ids.length) return;
    await trx.raw(
      `DELETE FROM ${id(t.index)} WHERE ${isPostgres ? 'row_id' : 'rowid'} IN (${ids.map(() => '?').join(', ')})`,
      ids
    );
  }

  return {
    async ensureTable(t: SearchedTable) {
      if (isPostgres) {
        await db.raw(
          `CREATE TABLE IF NOT EXISTS ${id(t.index)} (row_id integer PRIMARY KEY, grams tsvector NOT NULL)`
        );
        await db.raw(
          `CREATE INDEX IF NOT EXISTS ${id(`${t.index}_grams`)} ON ${id(t.index)} USING gin (grams)`
        );
      } else {
        await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${id(t.index)} USING fts5(grams)`);
      }
    },

    /** Whether the index holds exactly one row per content row (cheap counts at boot). */
    async isCurrent(t: SearchedTable) {
      const [counts] = rowsOf<{ rows: number | string; indexed: number | string }>(
        await db.raw(
          `SELECT (SELECT COUNT(*) FROM ${id(t.table)}) AS rows, (SELECT COUNT(*) FROM ${id(t.index)}) AS indexed`
        )
      );
      return Number(counts.rows) === Number(counts.indexed);
    },

    /** Refills the index from the table, in batches by id. Returns the rows indexed. */
    async rebuild(t: SearchedTable) {
      await db.raw(`DELETE FROM ${id(t.index)}`);
      let after = 0;
      let total = 0;
      for (;;) {
        const rows = await rowTexts(db, t, `id > ? ORDER BY id LIMIT ${BATCH}`, [after]);
        if (!rows.length) {
          // Fold the rewrite's write-ahead log into the file now, not in the next editor's save.
          if (!isPostgres) await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
          return total;
        }
        await db.transaction(async (trx) => {
          for (let i = 0; i < rows.length; i += 400) await write(trx, t, rows.slice(i, i + 400));
        });
        total += rows.length;
        after = rows[rows.length - 1].id;
      }
    },

    /** The row ids a document has now (its draft, its published version). */
    async documentRowIds(trx: Db, t: SearchedTable, documentId: string) {
      const rows = rowsOf<{ id: number | string }>(
        await trx.raw(`SELECT id FROM ${id(t.table)} WHERE document_id = ?`, [documentId])
      );
      return rows.map((r) => Number(r.id));
    },

    /** Makes the index hold `ids` as they are now and forget rows that are gone. */
    async reindexRows(trx: Db, t: SearchedTable, ids: number[], goneIds: number[]) {
      const all = [...new Set([...ids, ...goneIds])];
      await remove(trx, t, all);
      if (ids.length)
        await write(
          trx,
          t,
          await rowTexts(trx, t, `id IN (${ids.map(() => '?').join(', ')})`, ids)
        );
    },

    /**
     * The predicate "this row matches the search", for a row id column; null when the query has
     * no letter or digit to look up (Strapi's own search then applies).
     */
    matchPredicate(t: SearchedTable, query: string, idColumn: string) {
      const tokens = queryTokens(query);
      if (!tokens.length) return null;
      if (isPostgres) {
        const expression = tokens
          .map((tok, i) => `'${tok.replace(/'/g, "''")}'${i === tokens.length - 1 ? ':*' : ''}`)
          .join(' <-> ');
        return {
          sql: `?? IN (SELECT row_id FROM ?? WHERE grams @@ to_tsquery('simple', ?))`,
          bindings: [idColumn, t.index, expression],
        };
      }
      const expression = `"${tokens.join(' ').replace(/"/g, '""')}" *`;
      return {
        sql: `?? IN (SELECT rowid FROM ?? WHERE ?? MATCH ?)`,
        bindings: [idColumn, t.index, t.index, expression],
      };
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
