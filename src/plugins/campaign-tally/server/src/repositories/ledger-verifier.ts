import type { Knex } from 'knex';
import type { LedgerDifference, LedgerVerifyReport } from '../../../shared/contracts';
import type { LedgerTables } from './ledger-tables';
import { sourceDepartmentsSelect, sourceSelect } from './ledger-source';
import { ident as q, rowsOf, type Dialect } from './sql-dialect';

const LIMIT = 200;
const same = (a: string, b: string) => `(${a} = ${b} OR (${a} IS NULL AND ${b} IS NULL))`;

/** Compares the ledger with a fresh SQL recount from the content tables; returns only differences. */
export function createLedgerVerifier(
  db: Knex,
  tables: LedgerTables,
  dialect: Dialect,
  timeZone: string
) {
  const pub = q(tables.publication);
  const pubDep = q(tables.publicationDepartment);

  return {
    /** Lists documents whose ledger row or department links disagree with the content tables. */
    async verify(): Promise<LedgerVerifyReport> {
      const differences: LedgerDifference[] = [];
      for (const t of tables.types) {
        const source = sourceSelect(tables, t, dialect, timeZone);
        const mismatches = rowsOf<Record<string, string | null>>(
          await db.raw(
            `SELECT s.item_document_id AS id, l.id AS ledger_id,
               s.campaign_document_id AS s_campaign, l.campaign_document_id AS l_campaign,
               s.local_day AS s_day, l.local_day AS l_day, s.format AS s_format, l.format AS l_format,
               s.column_document_id AS s_column, l.column_document_id AS l_column
             FROM (${source}) s LEFT JOIN ${pub} l ON l.type = ? AND l.item_document_id = s.item_document_id
             WHERE l.id IS NULL OR l.campaign_document_id <> s.campaign_document_id
               OR l.local_day <> s.local_day OR NOT ${same('l.format', 's.format')}
               OR NOT ${same('l.column_document_id', 's.column_document_id')}
             LIMIT ${LIMIT}`,
            [t.type]
          )
        );
        for (const row of mismatches) {
          const base = { type: t.type, documentId: String(row.id) };
          if (row.ledger_id === null)
            differences.push({
              ...base,
              problem: 'missing-from-ledger',
              ledger: null,
              content: row.s_campaign,
            });
          else if (row.s_campaign !== row.l_campaign)
            differences.push({
              ...base,
              problem: 'campaign',
              ledger: row.l_campaign,
              content: row.s_campaign,
            });
          else if (row.s_day !== row.l_day)
            differences.push({
              ...base,
              problem: 'first-published',
              ledger: row.l_day,
              content: row.s_day,
            });
          else if (row.s_format !== row.l_format)
            differences.push({
              ...base,
              problem: 'format',
              ledger: row.l_format,
              content: row.s_format,
            });
          else
            differences.push({
              ...base,
              problem: 'column',
              ledger: row.l_column,
              content: row.s_column,
            });
        }
        const extra = rowsOf<{ id: string; campaign: string }>(
          await db.raw(
            `SELECT l.item_document_id AS id, l.campaign_document_id AS campaign FROM ${pub} l
             LEFT JOIN (${source}) s ON s.item_document_id = l.item_document_id
             WHERE l.type = ? AND s.item_document_id IS NULL LIMIT ${LIMIT}`,
            [t.type]
          )
        );
        for (const row of extra) {
          differences.push({
            type: t.type,
            documentId: row.id,
            problem: 'not-published',
            ledger: row.campaign,
            content: null,
          });
        }
        const departments = sourceDepartmentsSelect(tables, t);
        if (!departments) continue;
        const ledgerLinks = `SELECT l.item_document_id, ld.department_document_id FROM ${pub} l
          JOIN ${pubDep} ld ON ld.publication_id = l.id WHERE l.type = ?`;
        const missingLinks = rowsOf<{ id: string; department: string }>(
          await db.raw(
            `SELECT sd.item_document_id AS id, sd.department_document_id AS department FROM (${departments}) sd
             JOIN ${pub} owner ON owner.type = ? AND owner.item_document_id = sd.item_document_id
             LEFT JOIN (${ledgerLinks}) ll ON ll.item_document_id = sd.item_document_id
               AND ll.department_document_id = sd.department_document_id
             WHERE ll.item_document_id IS NULL LIMIT ${LIMIT}`,
            [t.type, t.type]
          )
        );
        const extraLinks = rowsOf<{ id: string; department: string }>(
          await db.raw(
            `SELECT ll.item_document_id AS id, ll.department_document_id AS department FROM (${ledgerLinks}) ll
             LEFT JOIN (${departments}) sd ON sd.item_document_id = ll.item_document_id
               AND sd.department_document_id = ll.department_document_id
             WHERE sd.item_document_id IS NULL LIMIT ${LIMIT}`,
            [t.type]
          )
        );
        for (const row of missingLinks)
          differences.push({
            type: t.type,
            documentId: row.id,
            problem: 'departments',
            ledger: null,
            content: row.department,
          });
        for (const row of extraLinks)
          differences.push({
            type: t.type,
            documentId: row.id,
            problem: 'departments',
            ledger: row.department,
            content: null,
          });
      }
      const [{ count }] = rowsOf<{ count: string | number }>(
        await db.raw(`SELECT COUNT(*) AS count FROM ${pub}`)
      );
      return { ok: differences.length === 0, checked: Number(count), differences };
    },
  };
}
