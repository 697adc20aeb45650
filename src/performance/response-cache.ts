import type { Core } from '@strapi/strapi';
import { performanceCache, type PerformanceCacheConfig } from './performance-cache';

type Context = {
  method: string;
  path: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  get(header: string): string;
  set(header: string, value: string): void;
  response: { get(header: string): string | string[] | undefined };
};

const DEFAULTS: PerformanceCacheConfig = {
  enabled: true,
  ttlMs: 60_000,
  maxEntries: 5000,
  redisPrefix: 'cms:cache:',
};

/**
 * Response cache for the public content API (global middleware, placed after the published-only
 * and guard middlewares). Only anonymous GETs under the REST prefix are cached: a request with an
 * Authorization header, or one that asks `Cache-Control: no-cache`, always reaches Strapi.
 * Entries are dropped after every committed write (see invalidation.ts).
 */
export default (config: Partial<PerformanceCacheConfig>, { strapi }: { strapi: Core.Strapi }) => {
  const settings = { ...DEFAULTS, ...config };
  if (config.enabled === false) return (_ctx: Context, next: () => Promise<unknown>) => next();
  const store = performanceCache(strapi, settings);
  const prefix = `${strapi.config.get<string>('api.rest.prefix', '/api')}/`;

  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (
      ctx.method !== 'GET' ||
      !ctx.path.startsWith(prefix) ||
      ctx.get('authorization') ||
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
};
