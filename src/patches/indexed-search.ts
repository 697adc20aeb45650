import path from 'path';
import type { Knex } from 'knex';

type SearchContext = { qb: { aliasColumn(column: string): string }; uid: string };
type ApplySearch = (knex: Knex.QueryBuilder, query: string, ctx: SearchContext) => void;
type SearchModule = { applySearch: ApplySearch } & Record<symbol, unknown>;
type Predicate = { sql: string; bindings: Knex.RawBinding[] } | null;

const WRAPPED = Symbol.for('campaign-cms.indexed-search');

/** Strapi's own module, resolved by file: @strapi/database exports no sub-paths. */
export const searchModule = (): SearchModule =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(
    path.join(path.dirname(require.resolve('@strapi/database')), 'query', 'helpers', 'search.js')
  );

/**
 * Patch of @strapi/database 5.54's `query/helpers/search.js` (`applySearch`, which the query
 * builder calls through the module object). Why: `_q` (the content manager's list search)
 * becomes `LIKE '%…%'` on every string column, which no index serves: 10 s at 1M documents. For
 * the types the search index covers, the same search is answered by the index instead (and a
 * numeric query still finds the row of that id). Other types keep Strapi's search.
 * tests/patches/strapi-internals.test.ts fails if the module moves or changes shape;
 * tests/editors/content-search.test.ts compares results with a substring model.
 */
export function searchThroughIndex(
  predicate: (uid: string, query: string, idColumn: string) => Predicate
) {
  const module = searchModule();
  if (typeof module.applySearch !== 'function')
    throw new Error('patches: @strapi/database search helper changed; review indexed-search');
  if (module[WRAPPED]) return;
  const original = module.applySearch;
  module.applySearch = (knex, query, ctx) => {
    const idColumn = ctx.qb.aliasColumn('id');
    const match = predicate(ctx.uid, String(query), idColumn);
    if (!match) return original(knex, query, ctx);
    knex.whereRaw(match.sql, match.bindings);
    const asId = Number(query);
    if (Number.isSafeInteger(asId) && asId > 0) knex.orWhere(idColumn, asId);
  };
  module[WRAPPED] = true;
}
