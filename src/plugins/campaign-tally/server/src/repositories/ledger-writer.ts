import type { Knex } from 'knex';
import type { TalliedType } from '../../../shared/contracts';
import type { SchemaMap, TypeTables } from './schema-map';
import { ident as q, rowsOf, type Dialect } from './sql-dialect';
import {
  departmentRowColumns,
  FULL_SHARE,
  NO_DEPARTMENT,
  NO_REPORTER,
  sourceColumns,
  sourceCreditsSelect,
  sourceDepartmentsSelect,
  sourceSelect,
  unitOnDaySql,
} from './ledger-source';

const CHUNK = 500;
type Db = Knex | Knex.Transaction;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Set-based writes to the ledger: every write is DELETE + INSERT … SELECT from the content tables. */
export function createLedgerWriter(tables: SchemaMap, dialect: Dialect, timeZone: string) {
  const pub = q(tables.publication);
  const pubDep = q(tables.publicationDepartment);
  const pubCredit = q(tables.publicationCredit);
  const reporters = q(tables.reporter.table);

  const copied = departmentRowColumns();
  const depColumns = ['publication_id', 'department_document_id', ...copied].map(q).join(', ');
  const creditColumns = [
    'publication_id',
    'reporter_document_id',
    'unit',
    'reporter_kind',
    'share_bp',
    ...copied,
  ]
    .map(q)
    .join(', ');
  const fromPublication = copied.map((c) => `l.${q(c)}`).join(', ');
  const idFilter = (ids: string[] | null) =>
    ids ? `AND l.item_document_id IN (${placeholders(ids.length)})` : '';

  /**
   * The row of the share no reporter holds, for each publication (of `ids`, or all) whose
   * credited shares fall short of the whole: so every publication's shares sum to FULL_SHARE.
   */
  async function insertUncreditedRows(db: Db, type: TalliedType, ids: string[] | null) {
    const credited = `COALESCE((SELECT SUM(c.share_bp) FROM ${pubCredit} c WHERE c.publication_id = l.id), 0)`;
    await db.raw(
      `INSERT INTO ${pubCredit} (${creditColumns})
       SELECT l.id, ?, '', '', ${FULL_SHARE} - ${credited}, ${fromPublication} FROM ${pub} l
       WHERE l.type = ? ${idFilter(ids)} AND ${credited} < ${FULL_SHARE}`,
      [NO_REPORTER, type, ...(ids ?? [])]
    );
  }

  /** The credit rows of the type's published rows: reporter, unit on the day, kind and share. */
  async function insertCredits(db: Db, t: TypeTables, ids: string[] | null) {
    const credits = sourceCreditsSelect(
      t,
      ids ? `AND p.document_id IN (${placeholders(ids.length)})` : ''
    );
    if (credits)
      await db.raw(
        `INSERT INTO ${pubCredit} (${creditColumns})
         SELECT l.id, r.document_id, ${unitOnDaySql(tables)}, COALESCE(r.kind, ''), sc.share_bp, ${fromPublication}
         FROM (${credits}) sc
         JOIN ${pub} l ON l.type = ? AND l.item_document_id = sc.item_document_id
         JOIN ${reporters} r ON r.id = sc.reporter_id`,
        [...(ids ?? []), t.type]
      );
    await insertUncreditedRows(db, t.type, ids);
  }

  /** The empty-department row of each publication (of `ids`, or all) that has no row yet. */
  async function insertNoDepartmentRows(db: Db, type: TalliedType, ids: string[] | null) {
    await db.raw(
      `INSERT INTO ${pubDep} (${depColumns})
       SELECT l.id, ?, ${fromPublication} FROM ${pub} l
       WHERE l.type = ? ${ids ? `AND l.item_document_id IN (${placeholders(ids.length)})` : ''}
         AND NOT EXISTS (SELECT 1 FROM ${pubDep} ld WHERE ld.publication_id = l.id)`,
      [NO_DEPARTMENT, type, ...(ids ?? [])]
    );
  }

  async function insertFromSource(db: Db, t: TypeTables, ids: string[] | null) {
    const filter = ids ? `AND p.document_id IN (${placeholders(ids.length)})` : '';
    const bindings = ids ?? [];
    const columns = ['type', ...sourceColumns()].map(q).join(', ');
    await db.raw(
      `INSERT INTO ${pub} (${columns}) SELECT CAST(? AS VARCHAR(16)), src.* FROM (${sourceSelect(tables, t, dialect, timeZone, filter)}) src`,
      [t.type, ...bindings]
    );
    const departments = sourceDepartmentsSelect(tables, t, filter);
    if (departments)
      await db.raw(
        `INSERT INTO ${pubDep} (${depColumns})
         SELECT l.id, sd.department_document_id, ${fromPublication} FROM (${departments}) sd
         JOIN ${pub} l ON l.type = ? AND l.item_document_id = sd.item_document_id`,
        [...bindings, t.type]
      );
    await insertNoDepartmentRows(db, t.type, ids);
    await insertCredits(db, t, ids);
  }

  async function deleteDocuments(db: Db, type: TalliedType, ids: string[]) {
    const list = placeholders(ids.length);
    for (const child of [pubDep, pubCredit])
      await db.raw(
        `DELETE FROM ${child} WHERE publication_id IN
         (SELECT id FROM ${pub} WHERE type = ? AND item_document_id IN (${list}))`,
        [type, ...ids]
      );
    await db.raw(`DELETE FROM ${pub} WHERE type = ? AND item_document_id IN (${list})`, [
      type,
      ...ids,
    ]);
  }

  return {
    /** Makes the ledger rows of these documents match their published versions (or removes them). */
    async syncDocuments(db: Db, type: TalliedType, documentIds: string[]) {
      const t = tables.typeOf(type);
      if (!t) return;
      for (const ids of chunks([...new Set(documentIds)])) {
        await deleteDocuments(db, type, ids);
        await insertFromSource(db, t, ids);
      }
    },

    /** Empties the ledger and refills it from the content tables, one INSERT … SELECT per type. */
    async rebuild(db: Db) {
      await db.raw(`DELETE FROM ${pubCredit}`);
      await db.raw(`DELETE FROM ${pubDep}`);
      await db.raw(`DELETE FROM ${pub}`);
      for (const t of tables.types) await insertFromSource(db, t, null);
      const [counts] = rowsOf<{ publications: number | string; links: number | string }>(
        await db.raw(
          `SELECT (SELECT COUNT(*) FROM ${pub}) AS publications,
             (SELECT COUNT(*) FROM ${pubDep} WHERE department_document_id <> ?) AS links`,
          [NO_DEPARTMENT]
        )
      );
      return { publications: Number(counts.publications), departmentLinks: Number(counts.links) };
    },

    /** Drops a deleted department from every ledger row; items left with none count as 未关联. */
    async removeDepartment(db: Db, departmentDocumentId: string) {
      const affected = rowsOf<{ type: TalliedType; id: string }>(
        await db.raw(
          `SELECT DISTINCT l.type AS type, l.item_document_id AS id FROM ${pubDep} ld
           JOIN ${pub} l ON l.id = ld.publication_id WHERE ld.department_document_id = ?`,
          [departmentDocumentId]
        )
      );
      await db.raw(`DELETE FROM ${pubDep} WHERE department_document_id = ?`, [
        departmentDocumentId,
      ]);
      for (const t of tables.types) {
        const ids = affected.filter((a) => a.type === t.type).map((a) => a.id);
        for (const part of chunks(ids)) await insertNoDepartmentRows(db, t.type, part);
      }
    },

    /** Documents that credit a reporter, by type: a change to the reporter re-reads them. */
    async documentsCrediting(db: Db, reporterDocumentId: string) {
      const rows = rowsOf<{ type: TalliedType; id: string }>(
        await db.raw(
          `SELECT DISTINCT l.type AS type, l.item_document_id AS id FROM ${pubCredit} c
           JOIN ${pub} l ON l.id = c.publication_id WHERE c.reporter_document_id = ?`,
          [reporterDocumentId]
        )
      );
      const found = new Map<TalliedType, string[]>();
      for (const row of rows) found.set(row.type, [...(found.get(row.type) ?? []), row.id]);
      return found;
    },

    /**
     * Documents whose ledger rows depend on a campaign or column: those the ledger links to it
     * and those whose published rows link to it now.
     */
    async documentsLinkedTo(db: Db, target: 'campaign' | 'column', targetDocumentId: string) {
      const found = new Map<TalliedType, string[]>();
      for (const t of tables.types) {
        const link = target === 'campaign' ? t.campaign : t.column;
        if (!link) continue;
        const targetTable = target === 'campaign' ? tables.campaign : tables.column;
        const ledgerColumn = target === 'campaign' ? 'campaign_document_id' : 'column_document_id';
        const rows = rowsOf<{ id: string }>(
          await db.raw(
            `SELECT item_document_id AS id FROM ${pub} WHERE type = ? AND ${ledgerColumn} = ?
             UNION
             SELECT p.document_id AS id FROM ${q(t.table)} p
             JOIN ${q(link.table)} l ON l.${q(link.ownerColumn)} = p.id
             JOIN ${q(targetTable)} x ON x.id = l.${q(link.targetColumn)}
             WHERE x.document_id = ? AND p.published_at IS NOT NULL`,
            [t.type, targetDocumentId, targetDocumentId]
          )
        );
        if (rows.length)
          found.set(
            t.type,
            rows.map((r) => r.id)
          );
      }
      return found;
    },
  };
}

export type LedgerWriter = ReturnType<typeof createLedgerWriter>;
