import {
  contentDimensionColumns,
  ledgerDimensions,
  PICKUP_LEVELS,
} from '../../../shared/dimensions';
import type { ComponentTables, SchemaMap, TypeTables } from './schema-map';
import { ident as q, isoWeekSql, literal, localDaySql, type Dialect } from './sql-dialect';

/** The ledger's columns filled from the source select, in order (the `type` column aside). */
export const sourceColumns = () => [
  'item_document_id',
  'campaign_document_id',
  ...contentDimensionColumns(),
  'first_published_at',
  'local_day',
  'iso_week',
];

/**
 * What a department row repeats of its publication, so that a tally by department reads one
 * index range of the department rows, never a join back to the publications.
 */
export const departmentRowColumns = () => [
  'campaign_document_id',
  'type',
  ...contentDimensionColumns(),
  'local_day',
  'iso_week',
];

/** The department id of the row a publication with no department gets (未关联部门). */
export const NO_DEPARTMENT = '';

/** The reporter id of the share no reporter is credited with (未署名). */
export const NO_REPORTER = '';

/** A whole item in credit shares: hundredths of a percent point. */
export const FULL_SHARE = 10000;

/**
 * The highest 上稿 level of each owner row of a type, as `pk.owner_id` and `pk.top_level`:
 * levels are ranked in PICKUP_LEVELS order and the top rank named back.
 */
function pickupJoin(pickups: ComponentTables): string {
  const rank = PICKUP_LEVELS.map((level, i) => `WHEN ${literal(level)} THEN ${i + 1}`).join(' ');
  const name = PICKUP_LEVELS.map((level, i) => `WHEN ${i + 1} THEN ${literal(level)}`).join(' ');
  return `LEFT JOIN (
      SELECT x.${q(pickups.ownerColumn)} AS owner_id,
        CASE MAX(CASE pu.level ${rank} END) ${name} END AS top_level
      FROM ${q(pickups.linkTable)} x JOIN ${q(pickups.table)} pu ON pu.id = x.${q(pickups.componentColumn)}
      WHERE x.field = ${literal(pickups.field)} GROUP BY x.${q(pickups.ownerColumn)}
    ) pk ON pk.owner_id = p.id`;
}

/**
 * The ledger rows as the content tables say they should be, for one type: one row per published
 * row linked to a campaign, by its published link or, while that campaign has no published
 * version, by the link the app holds for it. Shared by writes, rebuild and verify so the three
 * cannot disagree. Each dimension's value is its registry `source` (shared/dimensions.ts).
 * Bindings: none, apart from those of `documentFilter`.
 */
export function sourceSelect(
  schema: SchemaMap,
  t: TypeTables,
  dialect: Dialect,
  timeZone: string,
  documentFilter = ''
): string {
  // A link held while its target has no published version (src/published-relations in the app);
  // without that table the alias is a row of NULLs, so the SQL below has one shape.
  const heldJoin = (alias: string, field: string) =>
    schema.heldLinks
      ? `LEFT JOIN ${q(schema.heldLinks)} ${alias} ON ${alias}.source_uid = ${literal(t.uid)}
           AND ${alias}.field = ${literal(field)} AND ${alias}.source_document_id = p.document_id`
      : `LEFT JOIN (SELECT CAST(NULL AS VARCHAR(64)) AS target_document_id) ${alias} ON 1 = 0`;
  const held = (alias: string) => `${alias}.target_document_id`;
  const columnJoin = t.column
    ? `LEFT JOIN ${q(t.column.table)} kl ON kl.${q(t.column.ownerColumn)} = p.id
       LEFT JOIN ${q(schema.column)} col ON col.id = kl.${q(t.column.targetColumn)}
       ${heldJoin('hk', t.column.field)}
       LEFT JOIN ${q(schema.column)} hcol ON hcol.document_id = ${held('hk')} AND hcol.published_at IS NULL`
    : '';
  const dimensions = ledgerDimensions()
    .filter((d) => d.key !== 'type')
    .map((d) => {
      const present = d.ledger.requires === null || t.has[d.ledger.requires];
      return `${present ? d.ledger.source : 'NULL'} AS ${d.ledger.column}`;
    });
  const campaign = `COALESCE(c.document_id, ${held('hc')})`;
  const inner = `SELECT p.document_id AS item_document_id, ${campaign} AS campaign_document_id,
      ${dimensions.join(', ')},
      COALESCE(p.first_published_at, p.published_at) AS first_published_at
    FROM ${q(t.table)} p
    LEFT JOIN ${q(t.campaign.table)} cl ON cl.${q(t.campaign.ownerColumn)} = p.id
    LEFT JOIN ${q(schema.campaign)} c ON c.id = cl.${q(t.campaign.targetColumn)}
    ${heldJoin('hc', t.campaign.field)}
    ${columnJoin}
    ${t.pickups ? pickupJoin(t.pickups) : ''}
    WHERE p.published_at IS NOT NULL AND ${campaign} IS NOT NULL ${documentFilter}`;
  const withDay = `SELECT s.*, ${localDaySql(dialect, 's.first_published_at', timeZone)} AS local_day FROM (${inner}) s`;
  return `SELECT ${sourceColumns()
    .map((c) => (c === 'iso_week' ? `${isoWeekSql(dialect, 'd.local_day')} AS iso_week` : `d.${c}`))
    .join(', ')}
    FROM (${withDay}) d`;
}

/** Department links of the type's published rows: (item document id, department document id). */
export function sourceDepartmentsSelect(
  schema: SchemaMap,
  t: TypeTables,
  documentFilter = ''
): string | null {
  if (!t.departments) return null;
  return `SELECT DISTINCT p.document_id AS item_document_id, dep.document_id AS department_document_id
    FROM ${q(t.table)} p
    JOIN ${q(t.departments.table)} dl ON dl.${q(t.departments.ownerColumn)} = p.id
    JOIN ${q(schema.department)} dep ON dep.id = dl.${q(t.departments.targetColumn)}
    WHERE p.published_at IS NOT NULL ${documentFilter}`;
}

/**
 * The reporters credited on the type's published rows, with their shares summed (a reporter
 * named twice counts once): (item_document_id, reporter_id, share_bp). Null for types without
 * bylines. Bylines with no reporter are left out: their share is nobody's (NO_REPORTER).
 */
export function sourceCreditsSelect(t: TypeTables, documentFilter = ''): string | null {
  if (!t.credits) return null;
  const { bylines, reporterLink } = t.credits;
  return `SELECT p.document_id AS item_document_id, br.${q(reporterLink.targetColumn)} AS reporter_id,
      SUM(CAST(ROUND(COALESCE(b.share, 0) * 100) AS INTEGER)) AS share_bp
    FROM ${q(t.table)} p
    JOIN ${q(bylines.linkTable)} x ON x.${q(bylines.ownerColumn)} = p.id AND x.field = ${literal(bylines.field)}
    JOIN ${q(bylines.table)} b ON b.id = x.${q(bylines.componentColumn)}
    JOIN ${q(reporterLink.table)} br ON br.${q(reporterLink.ownerColumn)} = b.id
    WHERE p.published_at IS NOT NULL ${documentFilter}
    GROUP BY p.document_id, br.${q(reporterLink.targetColumn)}`;
}

/**
 * The unit of reporter row `r` on the ledger day `l.local_day`: the earliest former unit whose
 * end date is on or after that day, else the current unit, else ''. So a move to another unit
 * leaves what was published before it where it was.
 */
export function unitOnDaySql(schema: SchemaMap): string {
  const terms = schema.reporter.unitTerms;
  const current = `COALESCE(NULLIF(r.unit, ''), '')`;
  if (!terms) return current;
  return `COALESCE((SELECT ut.unit FROM ${q(terms.linkTable)} ux
      JOIN ${q(terms.table)} ut ON ut.id = ux.${q(terms.componentColumn)}
      WHERE ux.${q(terms.ownerColumn)} = r.id AND ux.field = ${literal(terms.field)}
        AND CAST(ut.${q('until')} AS VARCHAR(10)) >= l.local_day
      ORDER BY ut.${q('until')}, ut.id LIMIT 1), ${current})`;
}
