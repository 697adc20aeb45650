import type { Dialect } from './sql-dialect';
import { ident as q, isoWeekSql, localDaySql } from './sql-dialect';
import type { LedgerTables, TypeTables } from './ledger-tables';

/**
 * The ledger rows as the content tables say they should be, for one type: one row per published
 * row linked to a campaign. Shared by writes, rebuild and verify so the three cannot disagree.
 * Bindings: none, apart from those of `documentFilter`.
 */
export function sourceSelect(
  tables: LedgerTables,
  t: TypeTables,
  dialect: Dialect,
  timeZone: string,
  documentFilter = ''
): string {
  const columnJoin = t.column
    ? `LEFT JOIN ${q(t.column.table)} kl ON kl.${q(t.column.ownerColumn)} = p.id
       LEFT JOIN ${q(tables.column)} col ON col.id = kl.${q(t.column.targetColumn)}`
    : '';
  const inner = `SELECT p.document_id AS item_document_id, c.document_id AS campaign_document_id,
      ${t.hasFormat ? 'p.format' : 'NULL'} AS format,
      ${t.column ? 'col.document_id' : 'NULL'} AS column_document_id,
      ${t.column ? 'col.outlet' : 'NULL'} AS outlet,
      COALESCE(p.first_published_at, p.published_at) AS first_published_at
    FROM ${q(t.table)} p
    JOIN ${q(t.campaign.table)} cl ON cl.${q(t.campaign.ownerColumn)} = p.id
    JOIN ${q(tables.campaign)} c ON c.id = cl.${q(t.campaign.targetColumn)}
    ${columnJoin}
    WHERE p.published_at IS NOT NULL ${documentFilter}`;
  const withDay = `SELECT s.*, ${localDaySql(dialect, 's.first_published_at', timeZone)} AS local_day FROM (${inner}) s`;
  return `SELECT d.item_document_id, d.campaign_document_id, d.format, d.column_document_id, d.outlet,
      d.first_published_at, d.local_day, ${isoWeekSql(dialect, 'd.local_day')} AS iso_week
    FROM (${withDay}) d`;
}

/** Department links of the type's published rows: (item document id, department document id). */
export function sourceDepartmentsSelect(
  tables: LedgerTables,
  t: TypeTables,
  documentFilter = ''
): string | null {
  if (!t.departments) return null;
  return `SELECT DISTINCT p.document_id AS item_document_id, dep.document_id AS department_document_id
    FROM ${q(t.table)} p
    JOIN ${q(t.departments.table)} dl ON dl.${q(t.departments.ownerColumn)} = p.id
    JOIN ${q(tables.department)} dep ON dep.id = dl.${q(t.departments.targetColumn)}
    WHERE p.published_at IS NOT NULL ${documentFilter}`;
}

export const LEDGER_COLUMNS = [
  'item_document_id',
  'campaign_document_id',
  'format',
  'column_document_id',
  'outlet',
  'first_published_at',
  'local_day',
  'iso_week',
] as const;
