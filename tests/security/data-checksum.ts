import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

interface Meta {
  uid: string;
  tableName: string;
  attributes: Record<string, { joinTable?: { name: string } }>;
}

/** The app's own data: its content types, their components, and the campaign-tally ledger. */
const isAppData = (uid: string) =>
  uid.startsWith('api::') || uid.startsWith('plugin::campaign-tally.') || !uid.includes('::');

/** Every content, link, component and ledger table, read from Strapi's metadata. */
export function appDataTables(strapi: Core.Strapi): string[] {
  const tables = new Set<string>();
  for (const [uid, meta] of strapi.db.metadata as unknown as Map<string, Meta>) {
    if (!isAppData(uid)) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) {
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
}

/** A SHA-256 over every row of every app data table, with a row count per table. */
export async function dataChecksum(
  strapi: Core.Strapi
): Promise<{ hash: string; rows: Record<string, number> }> {
  const knex = strapi.db.connection;
  const hash = crypto.createHash('sha256');
  const rows: Record<string, number> = {};
  for (const table of appDataTables(strapi)) {
    const columns = Object.keys(await knex(table).columnInfo()).sort();
    const data = await knex(table)
      .select(columns)
      .orderBy(columns.includes('id') ? 'id' : columns[0]);
    rows[table] = data.length;
    hash.update(table);
    for (const row of data) hash.update(JSON.stringify(columns.map((c) => String(row[c]))));
  }
  return { hash: hash.digest('hex'), rows };
}
