import type { Core } from '@strapi/strapi';
import { tableMap } from './table-map';

const TYPES = [
  ['article', 'api::article.article'],
  ['episode', 'api::episode.episode'],
  ['pledge', 'api::pledge.pledge'],
] as const;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const processTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The tally written by hand over Strapi's own content tables: COUNT(DISTINCT document_id) of
 * published rows joined to the campaign link table, by campaign document id, type and month of
 * first publication in the campaign's time zone.
 */
export function rawTallySql(
  strapi: Core.Strapi,
  dialect: 'sqlite' | 'postgres',
  timeZone: string,
  offsetMs: number
) {
  const campaigns = q(tableMap(strapi, 'api::campaign.campaign').table);
  const parts = TYPES.map(([type, uid]) => {
    const map = tableMap(strapi, uid);
    const link = map.link('campaign');
    const month =
      dialect === 'sqlite'
        ? `strftime('%Y-%m', (p.first_published_at + ${offsetMs}) / 1000, 'unixepoch')`
        : `to_char((p.first_published_at AT TIME ZONE '${processTimeZone()}') AT TIME ZONE '${timeZone}', 'YYYY-MM')`;
    return `SELECT c.document_id AS campaign, '${type}' AS type, ${month} AS month, COUNT(DISTINCT p.document_id) AS count
      FROM ${q(map.table)} p
      JOIN ${q(link.table)} l ON l.${q(link.owner)} = p.id
      JOIN ${campaigns} c ON c.id = l.${q(link.target)}
      WHERE p.published_at IS NOT NULL AND c.document_id = ?
      GROUP BY c.document_id, ${month}`;
  });
  return parts.join(' UNION ALL ');
}

/** The feed page by hand: published articles of a campaign (by slug), newest first, 20 a page. */
export function rawFeedSql(strapi: Core.Strapi) {
  const map = tableMap(strapi, 'api::article.article');
  const link = map.link('campaign');
  const campaigns = q(tableMap(strapi, 'api::campaign.campaign').table);
  return `SELECT p.* FROM ${q(map.table)} p
    JOIN ${q(link.table)} l ON l.${q(link.owner)} = p.id
    JOIN ${campaigns} c ON c.id = l.${q(link.target)}
    WHERE c.slug = ? AND p.published_at IS NOT NULL
    ORDER BY p.published_at DESC, p.id LIMIT 20 OFFSET ?`;
}
