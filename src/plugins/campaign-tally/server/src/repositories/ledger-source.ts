import type { Dialect } from './sql-dialect';
import { ident as q, isoWeekSql, literal, localDaySql } from './sql-dialect';
import type { LedgerTables, TypeTables } from './ledger-tables';

/**
 * The ledger rows as the content tables say they should be, for one type: one row per published
 * row linked to a campaign, by its published link or, while that campaign has no published
 * version, by the link the app holds for it. Shared by writes, rebuild and verify so the three cannot disagree.
 * Bindings: none, apart from those of `documentFilter`.
 */
export function sourceSelect(
  tables: LedgerTables,
  t: TypeTables,
  dialect: Dialect,
  timeZone: string,
  documentFilter = ''
): string {
  // A link held while its target has no published version (src/published-relations in the app).
  const heldJoin = (alias: string, field: string) =>
    tables.heldLinks
      ? `LEFT JOIN ${q(tables.heldLinks)} ${alias} ON ${alias}.source_uid = ${literal(t.uid)}
           AND ${alias}.field = ${literal(field)} AND ${alias}.source_document_id = p.document_id`
      : '';
  const held = (alias: string) => (tables.heldLinks ? `${alias}.target_document_id` : 'NULL');
  const columnJoin = t.column
    ? `LEFT JOIN ${q(t.column.table)} kl ON kl.${q(t.column.ownerColumn)} = p.id
       LEFT JOIN ${q(tables.column)} col ON col.id = kl.${q(t.column.targetColumn)}
       ${heldJoin('hk', t.column.field)}
       LEFT JOIN ${q(tables.column)} hcol ON hcol.document_id = ${held('hk')} AND hcol.published_at IS NULL`
    : '';
  const inner = `SELECT p.document_id AS item_document_id,
      COALESCE(c.document_id, ${held('hc')}) AS campaign_document_id,
      ${t.hasFormat ? 'p.format' : 'NULL'} AS format,
      ${t.column ? `COALESCE(col.document_id, ${held('hk')})` : 'NULL'} AS column_document_id,
      ${t.column ? 'COALESCE(col.outlet, hcol.outlet)' : 'NULL'} AS outlet,
      COALESCE(p.first_published_at, p.published_at) AS first_published_at
    FROM ${q(t.table)} p
    LEFT JOIN ${q(t.campaign.table)} cl ON cl.${q(t.campaign.ownerColumn)} = p.id
    LEFT JOIN ${q(tables.campaign)} c ON c.id = cl.${q(t.campaign.targetColumn)}
    ${heldJoin('hc', t.campaign.field)}
    ${columnJoin}
    WHERE p.published_at IS NOT NULL AND COALESCE(c.document_id, ${held('hc')}) IS NOT NULL
      ${documentFilter}`;
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
