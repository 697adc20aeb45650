import type { Core, UID } from '@strapi/strapi';
import path from 'path';

type ContentTypes = Record<string, { attributes?: Record<string, unknown> }>;
type BackfillArgs = { oldContentTypes?: ContentTypes; contentTypes: ContentTypes };
type Backfill = { enable: (args: BackfillArgs) => Promise<void> };

const WRAPPED = Symbol.for('campaign-cms.first-published-at-backfill');
let currentStrapi: Core.Strapi | null = null;

/** Strapi's own module, resolved by file: @strapi/core exports no sub-paths. */
export const backfillModule = (): Backfill =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(
    path.join(path.dirname(require.resolve('@strapi/core')), 'migrations', 'first-published-at.js')
  );

/** Whether any published row of a type with firstPublishedAt still lacks it. */
async function backfillNeeded(strapi: Core.Strapi, contentTypes: ContentTypes): Promise<boolean> {
  for (const uid of Object.keys(contentTypes)) {
    if (!contentTypes[uid]?.attributes?.firstPublishedAt) continue;
    // The query engine joins the transaction schema sync may hold (SQLite has one connection).
    const missing = await strapi.db.query(uid as UID.Schema).findOne({
      where: { firstPublishedAt: null, publishedAt: { $notNull: true } },
      select: ['id'],
    });
    if (missing) return true;
  }
  return false;
}

/**
 * Patch of @strapi/core 5.54's migration `migrations/first-published-at.js` (`enable`). Why:
 * it back-fills firstPublishedAt at every boot by reading every row of every draft & publish
 * table into memory (3.2 GB at idle with 1M documents). Its work is only needed while some
 * published row lacks the value, which one indexed probe per type can tell, so the back-fill now
 * runs only then. tests/patches/strapi-internals.test.ts fails if the module moves or changes
 * shape; tests/bench/first-published-backfill.test.ts shows it still fills what it must.
 */
export function runFirstPublishedAtBackfillOnlyWhenNeeded(strapi: Core.Strapi): void {
  // The module outlives a Strapi instance (tests and scripts boot several in one process):
  // wrap it once and always probe the instance that registered last.
  currentStrapi = strapi;
  const backfill = backfillModule() as Backfill & { [WRAPPED]?: true };
  if (backfill[WRAPPED]) return;
  const original = backfill.enable;
  backfill.enable = async (args) => {
    if (!currentStrapi || (await backfillNeeded(currentStrapi, args.contentTypes))) {
      await original(args);
    }
  };
  backfill[WRAPPED] = true;
}
