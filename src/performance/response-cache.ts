import type { Core } from '@strapi/strapi';
import { isAnonymous, type RequestState } from '../content-api/request-kind';
import { performanceCache, type PerformanceCacheConfig } from './performance-cache';

type Context = RequestState & {
  method: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  get(header: string): string;
  set(header: string, value: string): void;
  response: { get(header: string): string | string[] | undefined };
};

/**
 * Response cache for the public content API, attached to every content-API route after the
 * guard (content-api/route-guards.ts). Only anonymous GETs are cached: a caller with a token or a
 * user, or one that asks `Cache-Control: no-cache`, always reaches Strapi. Entries are dropped
 * after every committed write (see invalidation.ts).
 */
export function createResponseCache(strapi: Core.Strapi, settings: PerformanceCacheConfig) {
  if (!settings.enabled) return null;
  const store = performanceCache(strapi, settings);

  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (
      ctx.method !== 'GET' ||
      !isAnonymous(ctx) ||
      /no-cache|no-store/.test(ctx.get('cache-control'))
    ) {
      return next();
    }
    const { generation, value } = await store.lookup(ctx.url);
    if (value !== null) {
      ctx.status = 200;
      ctx.type = 'application/json; charset=utf-8';
      ctx.set('X-Cache', 'HIT');
      ctx.body = value;
      return undefined;
    }
    await next();
    const body = ctx.body;
    if (
      ctx.status !== 200 ||
      !body ||
      typeof body !== 'object' ||
      Buffer.isBuffer(body) ||
      'pipe' in body ||
      ctx.response.get('set-cookie')
    ) {
      return undefined;
    }
    const text = JSON.stringify(body);
    await store.store(generation, ctx.url, text, settings.ttlMs);
    ctx.set('X-Cache', 'MISS');
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = text;
    return undefined;
  };
}
