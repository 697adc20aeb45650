import type { Core } from '@strapi/strapi';
import { planDocuments, typeCounts, type ItemType, type PlannedDoc } from './data-plan';
import { createProgress } from './progress';
import { createRowBuilder, insertRows } from './row-writer';
import { createStructure } from './structure';
import { tableMap } from './table-map';

export interface GenerateOptions {
  items: number;
  campaigns?: number;
  seed?: number;
  progress?: boolean;
}

/** What the generator wrote and what a correct tally of it must say, per campaign. */
export interface DataSetTruth {
  items: number;
  database: 'sqlite' | 'postgres';
  timeZone: string;
  documents: Record<ItemType, number>;
  rows: number;
  campaigns: Array<{
    documentId: string;
    slug: string;
    name: string;
    totals: Record<ItemType | 'total', number>;
    /** Published documents per `type|YYYY-MM` of first publication in the campaign's time zone. */
    byTypeMonth: Record<string, number>;
  }>;
  loadMs: number;
}

const UIDS: Record<ItemType, string> = {
  article: 'api::article.article',
  episode: 'api::episode.episode',
  pledge: 'api::pledge.pledge',
};
const BATCH = 10_000;

/**
 * Bulk-loads N documents straight into the configured database, as Strapi itself stores them,
 * then rebuilds the campaign-tally ledger with the plugin's own set-based rebuild.
 */
export async function generateDataSet(
  strapi: Core.Strapi,
  options: GenerateOptions
): Promise<DataSetTruth> {
  const started = Date.now();
  const dialect =
    (strapi.db as unknown as { dialect: { client: string } }).dialect.client === 'postgres'
      ? 'postgres'
      : 'sqlite';
  const db = strapi.db.connection;
  const campaignCount = options.campaigns ?? 10;
  const plan = {
    items: options.items,
    campaigns: campaignCount,
    columnsPerCampaign: 3,
    departments: 40,
    seed: options.seed ?? 20190301,
  };
  if (dialect === 'sqlite') {
    await db.raw('PRAGMA journal_mode = WAL');
    await db.raw('PRAGMA synchronous = OFF');
  }
  const structure = await createStructure(
    strapi,
    plan.campaigns,
    plan.columnsPerCampaign,
    plan.departments
  );
  const timeZone = String(strapi.plugin('campaign-tally').config('timeZone') ?? 'Asia/Shanghai');
  const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  const truth: DataSetTruth['campaigns'] = structure.campaigns.map((c) => ({
    documentId: c.documentId,
    slug: c.slug,
    name: c.name,
    totals: { article: 0, episode: 0, pledge: 0, total: 0 },
    byTypeMonth: {},
  }));
  const counts = typeCounts(options.items);
  const progress = options.progress ? createProgress(options.items, 'docs') : null;
  let done = 0;
  let rows = 0;

  for (const type of Object.keys(counts) as ItemType[]) {
    const map = tableMap(strapi, UIDS[type]);
    const maxId = Number(
      ((await db(map.table).max({ m: 'id' }).first()) as { m: number | null } | undefined)?.m ?? 0
    );
    const builder = createRowBuilder(map, structure, dialect, maxId + 1);
    const flush = async (batch: PlannedDoc[]) => {
      const tables = builder.build(batch);
      await db.transaction(async (trx) => {
        for (const [table, tableRows] of tables) await insertRows(trx, table, tableRows, dialect);
      });
      rows += tables.get(map.table)?.length ?? 0;
      done += batch.length;
      progress?.tick(done);
    };
    let batch: PlannedDoc[] = [];
    for (const doc of planDocuments(type, counts[type], plan)) {
      if (doc.publishedAt !== null) {
        const t = truth[doc.campaign];
        const parts = monthOf.formatToParts(new Date(doc.firstPublishedAt as number));
        const month = `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
        t.totals[type] += 1;
        t.totals.total += 1;
        t.byTypeMonth[`${type}|${month}`] = (t.byTypeMonth[`${type}|${month}`] ?? 0) + 1;
      }
      batch.push(doc);
      if (batch.length === BATCH) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length) await flush(batch);
    if (dialect === 'postgres') {
      await db.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [
        map.table,
        map.table,
      ]);
    }
  }
  progress?.done();
  await strapi.plugin('campaign-tally').service('ledger').rebuild();
  await maintainDatabase(strapi);
  return {
    items: options.items,
    database: dialect,
    timeZone,
    documents: counts,
    rows,
    campaigns: truth,
    loadMs: Date.now() - started,
  };
}

/**
 * Fresh planner statistics and, on PostgreSQL, a vacuumed visibility map (what autovacuum does
 * soon after a bulk load; without it no index-only scan is possible). SQLite: ANALYZE.
 */
export async function maintainDatabase(strapi: Core.Strapi) {
  const isPostgres =
    (strapi.db as unknown as { dialect: { client: string } }).dialect.client === 'postgres';
  await strapi.db.connection.raw(isPostgres ? 'VACUUM ANALYZE' : 'ANALYZE');
}
