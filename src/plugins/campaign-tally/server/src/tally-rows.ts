import type { Core } from '@strapi/strapi';
import type { Dimension, Period, TallyRow, TalliedType } from '../../shared/contracts';
import { FORMAT_LABELS, NONE_LABELS, OUTLET_LABELS, TYPE_LABELS } from './labels';
import { periodLabel } from './periods/period-labels';
import type { GroupedRow, Phase } from './repositories/ledger-reader';
import type { LedgerTables } from './repositories/ledger-tables';
import { ident as q, rowsOf } from './repositories/sql-dialect';

type ColumnInfo = { slug: string | null; name: string };

/** Slug and name of the columns the rows mention: one query, published versions preferred. */
async function columnsById(strapi: Core.Strapi, tables: LedgerTables, ids: string[]) {
  const found = new Map<string, ColumnInfo>();
  if (!ids.length) return found;
  const rows = rowsOf<{
    document_id: string;
    slug: string | null;
    name: string;
    published_at: unknown;
  }>(
    await strapi.db.connection.raw(
      `SELECT document_id, slug, name, published_at FROM ${q(tables.column)}
       WHERE document_id IN (${ids.map(() => '?').join(', ')}) ORDER BY published_at`,
      ids
    )
  );
  // ORDER BY puts drafts (NULL) first on SQLite and last on PostgreSQL: prefer published explicitly.
  for (const row of rows) {
    if (!found.has(row.document_id) || row.published_at)
      found.set(row.document_id, { slug: row.slug, name: row.name });
  }
  return found;
}

/** Turns aggregated rows into contract rows: stable keys plus zh-CN labels for every dimension. */
export async function labelRows(
  strapi: Core.Strapi,
  tables: LedgerTables,
  grouped: GroupedRow[],
  groupBy: Dimension[],
  period: Period,
  phases: Phase[]
): Promise<TallyRow[]> {
  const columnIds = groupBy.includes('column')
    ? [
        ...new Set(
          grouped.map((r) => r.keys.column).filter((v): v is string => typeof v === 'string')
        ),
      ]
    : [];
  const columns = await columnsById(strapi, tables, columnIds);

  return grouped.map((g) => {
    const row: TallyRow = { count: g.count, labels: {} };
    for (const dimension of groupBy) {
      if (dimension === 'department') {
        row.department = g.department?.slug ?? g.department?.documentId ?? null;
        row.labels.department = g.department?.name ?? NONE_LABELS.department;
        continue;
      }
      const raw = g.keys[dimension];
      const key = raw === null || raw === undefined ? null : String(raw);
      switch (dimension) {
        case 'type':
          row.type = key;
          row.labels.type = key ? (TYPE_LABELS[key as TalliedType] ?? key) : NONE_LABELS.type;
          break;
        case 'format':
          row.format = key;
          row.labels.format = key ? (FORMAT_LABELS[key] ?? key) : NONE_LABELS.format;
          break;
        case 'outlet':
          row.outlet = key;
          row.labels.outlet = key ? (OUTLET_LABELS[key] ?? key) : NONE_LABELS.outlet;
          break;
        case 'column': {
          const column = key ? columns.get(key) : undefined;
          row.column = key ? (column?.slug ?? key) : null;
          row.labels.column = column?.name ?? NONE_LABELS.column;
          break;
        }
        case 'period': {
          const periodKey =
            period === 'phase' && key !== null ? (phases[Number(key)]?.name ?? null) : key;
          row.period = periodKey;
          row.labels.period = periodLabel(period, periodKey);
          break;
        }
      }
    }
    return row;
  });
}
