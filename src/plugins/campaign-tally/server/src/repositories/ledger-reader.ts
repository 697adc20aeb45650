import type { Knex } from 'knex';
import type { Dimension, Period, TalliedType } from '../../../shared/contracts';
import { dimensionRecord } from '../../../shared/dimensions';
import { FULL_SHARE, NO_DEPARTMENT } from './ledger-source';
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

/** A range over every campaign (the 考核表) or one. */
export type RangeFilter = Omit<TallyFilter, 'campaignDocumentId'> & {
  campaignDocumentId: string | null;
};

/** One aggregated row: dimension keys by name (department as its document id) and the count. */
export interface GroupedRow {
  keys: Partial<Record<Dimension, string | number | null>>;
  department?: { documentId: string; slug: string | null; name: string } | null;
  count: number;
  /** Points, two decimals, when a score was asked for. */
  score?: number;
}

type Sql = { sql: string; bindings: unknown[] };

/** The ledger column or expression that buckets a row by a dimension (department aside). */
function dimensionSql(dimension: Dimension, period: Period, phases: Phase[]): Sql {
  const record = dimensionRecord(dimension);
  if (record?.kind === 'ledger') return { sql: `l.${q(record.ledger.column)}`, bindings: [] };
  if (record?.kind === 'credit') return { sql: `l.${q(record.column)}`, bindings: [] };
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

/**
 * Score sums in exact integers: a publication row's points are cents; a credit row's points
 * times its share are cents × FULL_SHARE. Rounded half up once, on the sum.
 */
export const scoreOf = (sum: unknown, credited: boolean): number => {
  const n = Number(sum ?? 0);
  return credited ? Math.round(n / FULL_SHARE) / 100 : n / 100;
};

/** The WHERE clause of one campaign's ledger rows within from/to (alias `l`). */
export function rangeSql(filter: RangeFilter, alias = 'l'): Sql {
  const parts: string[] = [];
  const bindings: unknown[] = [];
  if (filter.campaignDocumentId !== null) {
    parts.push(`${alias}.campaign_document_id = ?`);
    bindings.push(filter.campaignDocumentId);
  }
  if (filter.from) {
    parts.push(`${alias}.local_day >= ?`);
    bindings.push(filter.from);
  }
  if (filter.to) {
    parts.push(`${alias}.local_day <= ?`);
    bindings.push(filter.to);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', bindings };
}

const ordinals = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => String(from + i));

/** Aggregate reads over the ledger: each method is a fixed number of GROUP BY queries. */
export function createLedgerReader(db: Knex, tables: SchemaMap) {
  const pub = q(tables.publication);
  const pubDep = q(tables.publicationDepartment);
  const pubCredit = q(tables.publicationCredit);
  const dep = q(tables.department);

  return {
    /**
     * Counts (and, given the points expression, scores) per combination of dimensions. With
     * `department`, every department gets a row. With `reporter` or `unit`, the rows are the
     * credit rows: an item counts once per reporter (and once per unit), and its points are
     * split by share, so the scores of all reporters add up to the items' points.
     */
    async groupedCounts(
      filter: TallyFilter,
      groupBy: Dimension[],
      period: Period,
      phases: Phase[],
      points: string | null = null
    ) {
      const kindOf = (d: Dimension) => dimensionRecord(d)?.kind;
      const credited = groupBy.some((d) => kindOf(d) === 'credit');
      const others = groupBy.filter((d) => kindOf(d) !== 'department');
      const exprs = others.map((d) => dimensionSql(d, period, phases));
      const exprBindings = exprs.flatMap((e) => e.bindings);
      const select = exprs.map((e, i) => `${e.sql} AS d${i}`);
      const range = rangeSql(filter);
      const measures = [
        credited ? 'COUNT(DISTINCT l.publication_id) AS count' : 'COUNT(*) AS count',
        ...(points
          ? [credited ? `SUM((${points}) * l.share_bp) AS score` : `SUM(${points}) AS score`]
          : []),
      ];
      const toKeys = (row: Record<string, unknown>) =>
        Object.fromEntries(
          others.map((d, i) => [d, (row[`d${i}`] as string | number | null) ?? null])
        );
      const measured = (row: Record<string, unknown>) => ({
        count: Number(row.count ?? 0),
        ...(points ? { score: scoreOf(row.score, credited) } : {}),
      });
      const groupClause = (first: number, n: number) =>
        n ? `GROUP BY ${ordinals(first, n).join(', ')}` : '';
      const orderClause = (n: number) => (n ? `ORDER BY ${ordinals(1, n).join(', ')}` : '');

      if (others.length === groupBy.length) {
        const rows = rowsOf<Record<string, unknown>>(
          await db.raw(
            `SELECT ${[...select, ...measures].join(', ')} FROM ${credited ? pubCredit : pub} l
             WHERE ${range.sql} ${groupClause(1, select.length)} ${orderClause(select.length)}`,
            [...exprBindings, ...range.bindings]
          )
        );
        return rows.map((row): GroupedRow => ({ keys: toKeys(row), ...measured(row) }));
      }

      // Department and credit rows repeat their publication's campaign, day and dimensions, so
      // the queries read one range of a covering index (alias `l` as above); by reporter and
      // department, each credit row meets its publication's department rows.
      const from = credited
        ? `${pubCredit} l JOIN ${pubDep} ld ON ld.publication_id = l.publication_id`
        : `${pubDep} l`;
      const department = credited ? 'ld.department_document_id' : 'l.department_document_id';
      const byDepartment = rowsOf<Record<string, unknown>>(
        await db.raw(
          `SELECT dep.document_id AS dep_id, dep.slug AS dep_slug, dep.name AS dep_name, dep.sort_order AS dep_sort
             ${others.map((_, i) => `, a.d${i}`).join('')}, COALESCE(a.count, 0) AS count
             ${points ? ', COALESCE(a.score, 0) AS score' : ''}
           FROM ${dep} dep
           LEFT JOIN (
             SELECT ${department} AS dep_document_id
               ${select.map((s) => `, ${s}`).join('')}, ${measures.join(', ')}
             FROM ${from}
             WHERE ${range.sql} AND ${department} <> ?
             ${groupClause(1, 1 + select.length)}
           ) a ON a.dep_document_id = dep.document_id
           ORDER BY ${['4', '3', ...ordinals(5, select.length)].join(', ')}`,
          [...exprBindings, ...range.bindings, NO_DEPARTMENT]
        )
      );
      // Items tagged with no department still count; they get a row of their own.
      const withoutDepartment = rowsOf<Record<string, unknown>>(
        await db.raw(
          `SELECT ${[...select, ...measures].join(', ')} FROM ${from}
           WHERE ${range.sql} AND ${department} = ?
           ${groupClause(1, select.length)} ${orderClause(select.length)}`,
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
          ...measured(row),
        })),
        ...withoutDepartment
          .filter((row) => Number(row.count) > 0)
          .map((row): GroupedRow => ({ keys: toKeys(row), department: null, ...measured(row) })),
      ];
    },

    /** The points of every item of one campaign and range (each item once), two decimals. */
    async totalScore(filter: RangeFilter, points: string): Promise<number> {
      const range = rangeSql(filter);
      const [row] = rowsOf<{ score: unknown }>(
        await db.raw(
          `SELECT SUM(${points}) AS score FROM ${pub} l WHERE ${range.sql}`,
          range.bindings
        )
      );
      return scoreOf(row?.score, false);
    },

    /** Items with at least one staff reporter (中心记者) among their bylines: 一线记者发稿. */
    async staffItems(filter: RangeFilter): Promise<number> {
      const range = rangeSql(filter);
      const [row] = rowsOf<{ count: unknown }>(
        await db.raw(
          `SELECT COUNT(DISTINCT l.publication_id) AS count FROM ${pubCredit} l
           WHERE ${range.sql} AND l.reporter_kind = 'staff'`,
          range.bindings
        )
      );
      return Number(row?.count ?? 0);
    },

    /** Published documents per type for one campaign and date range. */
    async countsByType(filter: RangeFilter): Promise<Partial<Record<TalliedType, number>>> {
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
