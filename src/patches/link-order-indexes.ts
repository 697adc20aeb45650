import type { Core } from '@strapi/strapi';

interface JoinTable {
  name: string;
  inverseJoinColumn: { name: string };
  inverseOrderColumnName?: string;
}
interface Meta {
  tableName: string;
  attributes: Record<string, { type?: string; joinTable?: JoinTable }>;
  indexes: Array<{ name: string; columns: string[]; type?: string }>;
}
type Metadata = Map<string, Meta>;

/** The index name for a link table's (target, position) pair; short enough for PostgreSQL. */
export const linkOrderIndexName = (joinTableName: string) => `${joinTableName}_inv_ord_idx`;

/**
 * The link tables whose inverse position Strapi computes on every new link, and the index each
 * gets. Read from the database metadata, so every relation (present or future) is covered.
 */
export function linkOrderIndexes(metadata: Metadata) {
  const found = new Map<string, { table: string; name: string; columns: string[] }>();
  for (const meta of metadata.values()) {
    for (const attribute of Object.values(meta.attributes)) {
      const joinTable = attribute.type === 'relation' ? attribute.joinTable : undefined;
      if (!joinTable?.inverseOrderColumnName || !metadata.has(joinTable.name)) continue;
      const name = linkOrderIndexName(joinTable.name);
      found.set(name, {
        table: joinTable.name,
        name,
        columns: [joinTable.inverseJoinColumn.name, joinTable.inverseOrderColumnName],
      });
    }
  }
  return [...found.values()];
}

/**
 * Patch of @strapi/database 5.54's link-table metadata (metadata/relations.js createJoinTable).
 * Why: when a link is made, Strapi places it last in the target's list with
 * `select campaign_id, max(article_ord) … where campaign_id in (?) group by campaign_id`
 * (strapi/strapi#16445). Strapi indexes `campaign_id` and `article_ord` apart, so the max reads
 * every link of the campaign: 35 ms of a 68 ms publish with 100,000 articles in a campaign, and
 * linear in the archive. A (target, position) index answers it with one probe. Added in the
 * `strapi::content-types.beforeSync` hook, after the metadata is built and before schema sync,
 * so Strapi creates, tracks and keeps these indexes like its own.
 * tests/patches/strapi-internals.test.ts fails if the metadata changes shape;
 * tests/editors/editor-query-plans.test.ts reads the plans.
 */
export function indexLinkOrderColumns(strapi: Core.Strapi): void {
  strapi.hook('strapi::content-types.beforeSync').register(async () => {
    const metadata = strapi.db.metadata as unknown as Metadata;
    for (const index of linkOrderIndexes(metadata)) {
      const meta = metadata.get(index.table);
      if (meta && !meta.indexes.some((i) => i.name === index.name))
        meta.indexes.push({ name: index.name, columns: index.columns });
    }
  });
}
