import type { UID } from '@strapi/strapi';

/**
 * The types the plugin counts, defined once: their short name (the content type's
 * singularName), uid, the key of their total in every response, their zh-CN name, and the
 * relations the ledger follows. Totals, labels, the ledger and the admin all derive from it.
 */
export const TALLIED_TYPE_RECORDS = [
  {
    type: 'article',
    uid: 'api::article.article',
    total: 'articles',
    label: '稿件',
    departmentsField: 'departments',
    creditsField: 'bylines',
    pickupsField: 'pickups',
  },
  {
    type: 'episode',
    uid: 'api::episode.episode',
    total: 'episodes',
    label: '问政节目',
    departmentsField: 'departments',
    creditsField: 'bylines',
    pickupsField: null,
  },
  {
    type: 'pledge',
    uid: 'api::pledge.pledge',
    total: 'pledges',
    label: '部门承诺',
    departmentsField: 'department',
    creditsField: null,
    pickupsField: null,
  },
] as const satisfies ReadonlyArray<{
  type: string;
  uid: UID.ContentType;
  total: string;
  label: string;
  departmentsField: string;
  /** The repeatable byline component (reporter, share) scored per reporter, if the type has one. */
  creditsField: string | null;
  /** The repeatable 上稿 component (level), if the type has one. */
  pickupsField: string | null;
}>;

export type TalliedTypeRecord = (typeof TALLIED_TYPE_RECORDS)[number];
export type TalliedType = TalliedTypeRecord['type'];
export type TotalKey = TalliedTypeRecord['total'];

/** The per-type totals and their sum, e.g. { articles, episodes, pledges, total }. */
export type TypeTotals = Record<TotalKey, number> & { total: number };

/** Totals from counts by type short name; a type with no count is 0. */
export function typeTotals(byType: Partial<Record<TalliedType, number>>): TypeTotals {
  const totals = Object.fromEntries(
    TALLIED_TYPE_RECORDS.map((t) => [t.total, byType[t.type] ?? 0])
  ) as Record<TotalKey, number>;
  const total = TALLIED_TYPE_RECORDS.reduce((sum, t) => sum + totals[t.total], 0);
  return { ...totals, total };
}

/** The other content types the ledger reads. */
export const CAMPAIGN_UID = 'api::campaign.campaign' satisfies UID.ContentType;
export const COLUMN_UID = 'api::special-column.special-column' satisfies UID.ContentType;
export const DEPARTMENT_UID = 'api::department.department' satisfies UID.ContentType;
export const REPORTER_UID = 'api::reporter.reporter' satisfies UID.ContentType;
export const SCORING_RULE_UID = 'api::scoring-rule.scoring-rule' satisfies UID.ContentType;
