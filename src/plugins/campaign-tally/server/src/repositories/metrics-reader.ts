import type { Knex } from 'knex';
import type { EpisodeMetrics, PledgeMetrics } from '../../../shared/contracts';
import type { SchemaMap, TypeTables } from './schema-map';
import { rangeSql, type TallyFilter } from './ledger-reader';
import { ident as q, rowsOf } from './sql-dialect';

/**
 * Domain metrics beside the counts, in SQL: components are counted on the PUBLISHED rows of the
 * documents the ledger holds for the campaign and range.
 */
export function createMetricsReader(db: Knex, tables: SchemaMap) {
  const pub = q(tables.publication);
  const typeOf = tables.typeOf;

  const range = rangeSql;

  /** Status counts of a type's components over the published rows in the ledger. */
  async function componentStatuses(t: TypeTables | undefined, field: string, filter: TallyFilter) {
    const join = t?.components[field];
    if (!t || !join) return new Map<string, number>();
    const r = range(filter);
    const rows = rowsOf<{ status: string; count: string | number }>(
      await db.raw(
        `SELECT c.status AS status, COUNT(*) AS count FROM ${pub} l
         JOIN ${q(t.table)} p ON p.document_id = l.item_document_id AND p.published_at IS NOT NULL
         JOIN ${q(join.linkTable)} lk ON lk.${q(join.ownerColumn)} = p.id AND lk.field = ?
         JOIN ${q(join.table)} c ON c.id = lk.${q(join.componentColumn)}
         WHERE l.type = ? AND ${r.sql} GROUP BY c.status`,
        [field, t.type, ...r.bindings]
      )
    );
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }

  return {
    /** Problems raised, open, rectifying and resolved in the campaign's published episodes. */
    async episodeMetrics(filter: TallyFilter, episodes: number): Promise<EpisodeMetrics> {
      const statuses = await componentStatuses(typeOf('episode'), 'problems', filter);
      const raised = [...statuses.values()].reduce((a, b) => a + b, 0);
      const resolved = statuses.get('resolved') ?? 0;
      return {
        episodes,
        problemsRaised: raised,
        problemsOpen: statuses.get('open') ?? 0,
        problemsRectifying: statuses.get('rectifying') ?? 0,
        problemsResolved: resolved,
        resolutionRate: raised ? resolved / raised : null,
      };
    },

    /** Items pledged and fulfilled, and district departments that pledged out of all of them. */
    async pledgeMetrics(filter: TallyFilter, pledges: number): Promise<PledgeMetrics> {
      const statuses = await componentStatuses(typeOf('pledge'), 'items', filter);
      const r = range(filter);
      const [departments] = rowsOf<{ pledged: string | number; total: string | number }>(
        await db.raw(
          `SELECT
             (SELECT COUNT(DISTINCT d.document_id) FROM ${pub} l
                JOIN ${q(tables.publicationDepartment)} ld ON ld.publication_id = l.id
                JOIN ${q(tables.department)} d ON d.document_id = ld.department_document_id
              WHERE l.type = 'pledge' AND d.kind = 'district-department' AND ${r.sql}) AS pledged,
             (SELECT COUNT(DISTINCT d.document_id) FROM ${q(tables.department)} d
              WHERE d.kind = 'district-department') AS total`,
          r.bindings
        )
      );
      return {
        pledges,
        itemsPledged: [...statuses.values()].reduce((a, b) => a + b, 0),
        itemsFulfilled: statuses.get('fulfilled') ?? 0,
        departmentsPledged: Number(departments.pledged),
        departmentsTotal: Number(departments.total),
      };
    },

    /** Distinct programme names of the campaign's published episodes, for the summary text. */
    async programmes(filter: TallyFilter): Promise<Array<{ programme: string; episodes: number }>> {
      const t = typeOf('episode');
      if (!t) return [];
      const r = range(filter);
      const rows = rowsOf<{ programme: string; count: string | number }>(
        await db.raw(
          `SELECT p.programme AS programme, COUNT(*) AS count FROM ${pub} l
           JOIN ${q(t.table)} p ON p.document_id = l.item_document_id AND p.published_at IS NOT NULL
           WHERE l.type = 'episode' AND ${r.sql} GROUP BY p.programme ORDER BY 2 DESC, 1`,
          r.bindings
        )
      );
      return rows.map((row) => ({ programme: row.programme, episodes: Number(row.count) }));
    },
  };
}

export type MetricsReader = ReturnType<typeof createMetricsReader>;
