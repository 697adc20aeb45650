import type { Core } from '@strapi/strapi';
import { searchThroughIndex } from '../patches';
import {
  createSearchIndex,
  searchedTables,
  type SearchedTable,
  type SearchIndex,
} from './search-index';
import { searchIndexMiddleware } from './search-middleware';

/** Known once the database is up (bootstrap); until then searches and writes pass through. */
export interface ContentSearchState {
  index: SearchIndex | null;
  tables: Map<string, SearchedTable>;
}

/**
 * The content manager's search (`_q`) from an index: the Document Service middleware keeps it
 * current, the patched search helper reads it. Call in register(), then prepareContentSearch()
 * first thing in bootstrap.
 */
export function registerContentSearch(strapi: Core.Strapi): ContentSearchState {
  const state: ContentSearchState = { index: null, tables: new Map() };
  strapi.documents.use(searchIndexMiddleware(strapi, state));
  searchThroughIndex((uid, query, idColumn) => {
    const table = state.tables.get(uid);
    return table && state.index ? state.index.matchPredicate(table, query, idColumn) : null;
  });
  return state;
}

/**
 * Makes each index table and fills it when it does not hold one row per content row: the first
 * boot after an upgrade, or rows written around the Document Service (a bulk load).
 */
export async function prepareContentSearch(
  strapi: Core.Strapi,
  state: ContentSearchState
): Promise<void> {
  const index = createSearchIndex(strapi.db.connection, strapi.db.dialect.client);
  const tables = searchedTables(strapi);
  for (const t of tables) {
    await index.ensureTable(t);
    if (await index.isCurrent(t)) continue;
    const started = Date.now();
    const rows = await index.rebuild(t);
    strapi.log.info(
      `content search: indexed ${rows} rows of ${t.table} in ${Date.now() - started} ms`
    );
  }
  state.index = index;
  state.tables = new Map(tables.map((t) => [t.uid, t]));
}
