import type { Knex } from 'knex';
import type { Dimension, Period, TalliedType } from '../../../shared/contracts';
import { dimensionRecord } from '../../../shared/dimensions';
import { NO_DEPARTMENT } from './ledger-source';
import type { SchemaMap } from './schema-map';
import { ident as q, quarterSql, rowsOf } from './sql-dialect';

export interface Phase {
  name: string;
  startDate: string;
  endDate: string;
}

export interface TallyFilter {
  campaignDocumentId: string;
  from: string | null;
  to: string | null;
}

/** One aggregated row: dimension keys by name (department as its document id) and the count. */
export interface GroupedRow {
  keys: Partial<Record<Dimension, string | number | null>>;
  department?: { documentId: string; slug: string | null; name: string } | null;
  count: number;
}

type Sql = { sql: string; bindings: unknown[] };

/** The ledger column or expression that buckets a row by a dimension (department aside). */
function dimensionSql(dimension: Dimension, period: Period, phases: Phase[]): Sql {
  const record = dimensionRecord(dimension);
  if (record?.kind === 'ledger') return { sql: `l.${q(record.ledger.column)}`, bindings: [] };
  if (record?.kind !== 'period') throw new Error(`no grouping SQL for dimension ${dimension}`);
  if (period === 'day') return { sql: 'l.local_day', bindings: [] };
  if (period === 'week') return { sql: 'l.iso_week', bindings: [] };
  if (period === 'month') return { sql: 'substr(l.local_day, 1, 7)', bindings: [] };
  if (period === 'quarter') return { sql: quarterSql('l.local_day'), bindings: [] };
  // Phase: the index of the first phase whose inclusive date range holds the local day.
  if (!phases.length) return { sql: 'CAST(NULL AS INTEGER)', bindings: [] };
  return {
    sql: `CASE ${phases.map((_, i) => `WHEN l.local_day >= ? AND l.local_day <= ? THEN ${i}`).join(' ')} END`,
    bindings: phases.flatMap((p) => [p.startDate, p.endDate]),
  };
}

/** The WHERE clause of one campaign's ledger rows within from/to (alias `l`). */
export function rangeSql(filter: TallyFilter): Sql {
  const parts = ['l.campaign_document_id = ?'];
  const bindings: unknown[] = [filter.campaignDocumentId];
  if (filter.from) {
    parts.push('l.local_day >= ?');
    bindings.push(filter.from);
  }
  if (filter.to) {
    parts.push('l.local_day <= ?');
    bindings.push(filter.to);
  }
  return { sql: parts.join(' AND '), bindings };
}

const ordinals = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => String(from + i));

/** Aggregate reads over the ledger: each method is a fixed number of GROUP BY queries. */
export function createLedgerReader(db: Knex, tables: SchemaMap) {
  const pub = q(tables.publication);
  const pubDep = q(tables.publicationDepartment);
  const dep = q(tables.department);

  return {
    /** Counts per combination of dimensions; with `department`, every department gets a row. */
    async groupedCounts(
      filter: TallyFilter,
      groupBy: Dimension[],
      period: Period,
      phases: Phase[]
    ) {
      const others = groupBy.filter((d) => dimensionRecord(d)?.kind !== 'department');
      const exprs = others.map((d) => dimensionSql(d, period, phases));
      const exprBindings = exprs.flatMap((e) => e.bindings);
      const select = exprs.map((e, i) => `${e.sql} AS d${i}`);
      const range = rangeSql(filter);
      const toKeys = (row: Record<string, unknown>) =>
        Object.fromEntries(
          others.map((d, i) => [d, (row[`d${i}`] as string | number | null) ?? null])
        );
      const groupClause = (first: number, n: number) =>
        n ? `GROUP BY ${ordinals(first, n).join(', ')}` : '';

      if (others.length === groupBy.length) {
        const rows = rowsOf<Record<string, unknown>>(
          await db.raw(
            `SELECT ${[...select, 'COUNT(*) AS count'].join(', ')} FROM ${pub} l WHERE ${range.sql}
             ${groupClause(1, select.length)} ${select.length ? `ORDER BY ${ordinals(1, select.length).join(', ')}` : ''}`,
            [...exprBindings, ...range.bindings]
          )
        );
        return rows.map((row): GroupedRow => ({ keys: toKeys(row), count: Number(row.count) }));
      }

      // Department rows repeat their publication's campaign, day and dimensions, so both
      // queries read one range of the department rows' covering index (alias `l` as above).
      const byDepartment = rowsOf<Record<string, unknown>>(
        await db.raw(
          `SELECT dep.document_id AS dep_id, dep.slug AS dep_slug, dep.name AS dep_name, dep.sort_order AS dep_sort
             ${others.map((_, i) => `, a.d${i}`).join('')}, COALESCE(a.count, 0) AS count
           FROM ${dep} dep
           LEFT JOIN (
             SELECT l.department_document_id AS dep_document_id
               ${select.map((s) => `, ${s}`).join('')}, COUNT(*) AS count
             FROM ${pubDep} l
             WHERE ${range.sql} AND l.department_document_id <> ?
             ${groupClause(1, 1 + select.length)}
           ) a ON a.dep_document_id = dep.document_id
           ORDER BY ${['4', '3', ...ordinals(5, select.length)].join(', ')}`,
          [...exprBindings, ...range.bindings, NO_DEPARTMENT]
        )
      );
      // Items tagged with no department still count; they get a row of their own.
      const withoutDepartment = rowsOf<Record<string, unknown>>(
        await db.raw(
          `SELECT ${[...select, 'COUNT(*) AS count'].join(', ')} FROM ${pubDep} l
           WHERE ${range.sql} AND l.department_document_id = ?
           ${groupClause(1, select.length)} ${select.length ? `ORDER BY ${ordinals(1, select.length).join(', ')}` : ''}`,
          [...exprBindings, ...range.bindings, NO_DEPARTMENT]
        )
      );
      return [
        ...byDepartment.map((row): GroupedRow => ({
          keys: toKeys(row),
          department: {
            documentId: String(row.dep_id),
            slug: (row.dep_slug as string) ?? null,
            name: String(row.dep_name),
          },
          count: Number(row.count),
        })),
        ...withoutDepartment
          .filter((row) => Number(row.count) > 0)
          .map((row): GroupedRow => ({
            keys: toKeys(row),
            department: null,
            count: Number(row.count),
          })),
      ];
    },

    /** Published documents per type for one campaign and date range. */
    async countsByType(filter: TallyFilter): Promise<Partial<Record<TalliedType, number>>> {
      const range = rangeSql(filter);
      const rows = rowsOf<{ type: TalliedType; count: string | number }>(
        await db.raw(
          `SELECT l.type AS type, COUNT(*) AS count FROM ${pub} l WHERE ${range.sql} GROUP BY l.type`,
          range.bindings
        )
      );
      return Object.fromEntries(rows.map((r) => [r.type, Number(r.count)]));
    },

    /** Published documents per campaign document id and type, for every campaign at once. */
    async countsByCampaign() {
      const rows = rowsOf<{ campaign: string; type: TalliedType; count: string | number }>(
        await db.raw(
          `SELECT campaign_document_id AS campaign, type, COUNT(*) AS count FROM ${pub} GROUP BY 1, 2`
        )
      );
      return rows.map((r) => ({ campaign: r.campaign, type: r.type, count: Number(r.count) }));
    },
  };
}

export type LedgerReader = ReturnType<typeof createLedgerReader>;
