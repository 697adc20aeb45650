import type { Core } from '@strapi/strapi';
import { isContentApiRequest, type RequestState } from '../content-api/request-kind';
import type { CacheStore } from './cache-store';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Parameters that do not change a count: paging, sorting and the shape of returned fields. */
const IGNORED = new Set([
  'start',
  'limit',
  'page',
  'pageSize',
  'pagination',
  'sort',
  'populate',
  'fields',
]);

/** JSON with sorted keys, so equal filter sets give equal cache keys. */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of a count: the content type and every parameter that can change the number. */
export function countKey(uid: string, params: Record<string, unknown> | undefined): string {
  const relevant = Object.fromEntries(
    Object.entries(params ?? {}).filter(([k]) => !IGNORED.has(k))
  );
  return `count:${uid}:${stableKey(relevant)}`;
}

/**
 * Caches Document Service counts made while serving the content API (Strapi's pagination total,
 * withCount), so paging through a filtered feed does not rescan the whole join for every page.
 * Admin and plugin counts are left alone. Entries are dropped on every committed write.
 */
export function registerCountCache(strapi: Core.Strapi, store: CacheStore, ttlMs: number) {
  const middleware: DocumentMiddleware = async (context, next) => {
    if (context.action !== 'count') return next();
    if (!isContentApiRequest(strapi.requestContext.get() as RequestState | undefined)) {
      return next();
    }
    const key = countKey(context.uid, context.params as Record<string, unknown>);
    const { generation, value } = await store.lookup(key);
    if (value !== null) return Number(value);
    const result = await next();
    if (typeof result === 'number') await store.store(generation, key, String(result), ttlMs);
    return result;
  };
  strapi.documents.use(middleware);
}
