import type { Knex } from 'knex';
import type { LedgerDifference, LedgerVerifyReport } from '../../../shared/contracts';
import { ledgerDimensions } from '../../../shared/dimensions';
import type { SchemaMap, TypeTables } from './schema-map';
import {
  departmentRowColumns,
  NO_DEPARTMENT,
  sourceDepartmentsSelect,
  sourceSelect,
} from './ledger-source';
import { ident as q, rowsOf, type Dialect } from './sql-dialect';

const LIMIT = 200;
const literalNoDepartment = `'${NO_DEPARTMENT}'`;
const same = (a: string, b: string) => `(${a} = ${b} OR (${a} IS NULL AND ${b} IS NULL))`;

/** What the verifier compares per row: the campaign, the day, and every ledger dimension. */
const compared = () => [
  { problem: 'campaign', column: 'campaign_document_id' },
  { problem: 'first-published', column: 'local_day' },
  ...ledgerDimensions()
    .filter((d) => d.key !== 'type')
    .map((d) => ({ problem: d.key, column: d.ledger.column })),
];

/** Compares the ledger with a fresh SQL recount from the content tables; returns only differences. */
export function createLedgerVerifier(
  db: Knex,
  schema: SchemaMap,
  dialect: Dialect,
  timeZone: string
) {
  const pub = q(schema.publication);
  const pubDep = q(schema.publicationDepartment);

  /** Published rows whose ledger row is missing or says something else. */
  async function rowDifferences(t: TypeTables, source: string): Promise<LedgerDifference[]> {
    const columns = compared();
    const rows = rowsOf<Record<string, string | null>>(
      await db.raw(
        `SELECT s.item_document_id AS id, l.id AS ledger_id
           ${columns.map((c, i) => `, s.${q(c.column)} AS s${i}, l.${q(c.column)} AS l${i}`).join('')}
         FROM (${source}) s LEFT JOIN ${pub} l ON l.type = ? AND l.item_document_id = s.item_document_id
         WHERE l.id IS NULL OR ${columns.map((c) => `NOT ${same(`l.${q(c.column)}`, `s.${q(c.column)}`)}`).join(' OR ')}
         LIMIT ${LIMIT}`,
        [t.type]
      )
    );
    return rows.map((row) => {
      const base = { type: t.type, documentId: String(row.id) };
      if (row.ledger_id === null) {
        return { ...base, problem: 'missing-from-ledger', ledger: null, content: row.s0 };
      }
      const i = columns.findIndex((_, k) => (row[`s${k}`] ?? null) !== (row[`l${k}`] ?? null));
      return {
        ...base,
        problem: columns[i].problem as LedgerDifference['problem'],
        ledger: row[`l${i}`] ?? null,
        content: row[`s${i}`] ?? null,
      };
    });
  }

  /** Ledger rows with no published, campaign-linked row behind them. */
  async function extraRows(t: TypeTables, source: string): Promise<LedgerDifference[]> {
    const rows = rowsOf<{ id: string; campaign: string }>(
      await db.raw(
        `SELECT l.item_document_id AS id, l.campaign_document_id AS campaign FROM ${pub} l
         LEFT JOIN (${source}) s ON s.item_document_id = l.item_document_id
         WHERE l.type = ? AND s.item_document_id IS NULL LIMIT ${LIMIT}`,
        [t.type]
      )
    );
    return rows.map((row) => ({
      type: t.type,
      documentId: row.id,
      problem: 'not-published',
      ledger: row.campaign,
      content: null,
    }));
  }

  /** Department links the ledger lacks, or has but the content does not. */
  async function departmentDifferences(t: TypeTables): Promise<LedgerDifference[]> {
    const departments = sourceDepartmentsSelect(schema, t);
    if (!departments) return [];
    const ledgerLinks = `SELECT l.item_document_id, ld.department_document_id FROM ${pub} l
      JOIN ${pubDep} ld ON ld.publication_id = l.id
      WHERE l.type = ? AND ld.department_document_id <> ${literalNoDepartment}`;
    const missing = rowsOf<{ id: string; department: string }>(
      await db.raw(
        `SELECT sd.item_document_id AS id, sd.department_document_id AS department FROM (${departments}) sd
         JOIN ${pub} owner ON owner.type = ? AND owner.item_document_id = sd.item_document_id
         LEFT JOIN (${ledgerLinks}) ll ON ll.item_document_id = sd.item_document_id
           AND ll.department_document_id = sd.department_document_id
         WHERE ll.item_document_id IS NULL LIMIT ${LIMIT}`,
        [t.type, t.type]
      )
    );
    const extra = rowsOf<{ id: string; department: string }>(
      await db.raw(
        `SELECT ll.item_document_id AS id, ll.department_document_id AS department FROM (${ledgerLinks}) ll
         LEFT JOIN (${departments}) sd ON sd.item_document_id = ll.item_document_id
           AND sd.department_document_id = ll.department_document_id
         WHERE sd.item_document_id IS NULL LIMIT ${LIMIT}`,
        [t.type]
      )
    );
    const difference = (id: string, ledger: string | null, content: string | null) => ({
      type: t.type,
      documentId: id,
      problem: 'departments' as const,
      ledger,
      content,
    });
    return [
      ...missing.map((row) => difference(row.id, null, row.department)),
      ...extra.map((row) => difference(row.id, row.department, null)),
    ];
  }

  /**
   * Department rows that no longer repeat their publication (campaign, day, dimensions), and
   * publications with no department row at all, or with the empty one beside real ones.
   */
  async function departmentRowDifferences(t: TypeTables): Promise<LedgerDifference[]> {
    const differs = departmentRowColumns()
      .map((c) => `NOT ${same(`ld.${q(c)}`, `l.${q(c)}`)}`)
      .join(' OR ');
    const rows = rowsOf<{ id: string }>(
      await db.raw(
        `SELECT DISTINCT l.item_document_id AS id FROM ${pub} l
         LEFT JOIN ${pubDep} ld ON ld.publication_id = l.id
         WHERE l.type = ? AND (ld.id IS NULL OR ${differs}
           OR (ld.department_document_id = ${literalNoDepartment} AND EXISTS (
             SELECT 1 FROM ${pubDep} o WHERE o.publication_id = l.id
               AND o.department_document_id <> ${literalNoDepartment})))
         LIMIT ${LIMIT}`,
        [t.type]
      )
    );
    return rows.map((row) => ({
      type: t.type,
      documentId: row.id,
      problem: 'departments' as const,
      ledger: null,
      content: null,
    }));
  }

  return {
    /** Lists documents whose ledger row or department links disagree with the content tables. */
    async verify(): Promise<LedgerVerifyReport> {
      const differences: LedgerDifference[] = [];
      for (const t of schema.types) {
        const source = sourceSelect(schema, t, dialect, timeZone);
        differences.push(...(await rowDifferences(t, source)));
        differences.push(...(await extraRows(t, source)));
        differences.push(...(await departmentDifferences(t)));
        differences.push(...(await departmentRowDifferences(t)));
      }
      const [{ count }] = rowsOf<{ count: string | number }>(
        await db.raw(`SELECT COUNT(*) AS count FROM ${pub}`)
      );
      return { ok: differences.length === 0, checked: Number(count), differences };
    },
  };
}
