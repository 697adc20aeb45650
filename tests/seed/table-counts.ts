import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../../src/content-rules/uids';

const COMPONENTS = [
  'campaign.phase',
  'episode.problem',
  'pledge.item',
  'credit.byline',
  'credit.pickup',
] as const;

type Attribute = { joinTable?: { name: string } };

/**
 * Row counts of every content table the seed writes: the six types, their components, and the
 * link tables, read by name from Strapi's metadata rather than hard-coded.
 */
export async function contentTableCounts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const uids = [...Object.values(CONTENT_TYPES), ...COMPONENTS];
  const tables = new Set<string>();
  for (const uid of uids) {
    const meta = strapi.db.metadata.get(uid);
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes) as Attribute[]) {
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
    }
  }
  const counts: Record<string, number> = {};
  for (const table of [...tables].sort()) {
    const [row] = await strapi.db.connection(table).count({ count: '*' });
    // PostgreSQL returns COUNT as a string.
    counts[table] = Number((row as { count: number | string }).count);
  }
  return counts;
}
