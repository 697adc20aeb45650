import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimit } from 'koa2-ratelimit';

export interface ContentApiGuardConfig {
  /** Deepest `populate` nesting a caller may ask for. */
  maxPopulateDepth: number;
  /** Paths (prefixes) the rate limit covers, besides nothing else. */
  rateLimitedPrefixes: string[];
  rateLimit: { enabled: boolean; max: number; intervalSeconds: number };
}

type Ctx = {
  path: string;
  method: string;
  query: Record<string, unknown>;
  request: { ip: string };
};

/** How deep a populate parameter nests, in whichever of Strapi's shapes it came. */
export function populateDepth(populate: unknown): number {
  if (populate === undefined || populate === null || populate === '') return 0;
  if (typeof populate === 'string') {
    return Math.max(
      ...populate.split(',').map((path) => (path === '*' ? 1 : path.split('.').length))
    );
  }
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (typeof populate === 'object') {
    const children = Object.values(populate as Record<string, unknown>).map((value) => {
      if (value && typeof value === 'object' && 'populate' in value) {
        return 1 + populateDepth((value as { populate: unknown }).populate);
      }
      if (value && typeof value === 'object' && 'on' in value) {
        // Dynamic-zone fragments sit at the same level as the zone itself.
        const fragments = Object.values((value as { on: Record<string, unknown> }).on);
        return (
          1 +
          Math.max(
            0,
            ...fragments.map((f) => populateDepth((f as { populate?: unknown })?.populate))
          )
        );
      }
      return 1;
    });
    return Math.max(0, ...children);
  }
  return 1;
}

/**
 * Guards the public surface: caps populate depth on the content API (a deep populate is the
 * cheapest way to make the server do a lot of work), and rate-limits the content API and the
 * tally exports per client IP.
 */
export default (config: ContentApiGuardConfig, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const limiter = config.rateLimit.enabled
    ? RateLimit.middleware({
        interval: { sec: config.rateLimit.intervalSeconds },
        max: config.rateLimit.max,
        keyGenerator: async (ctx: Ctx) => `content-api:${ctx.request.ip}`,
        // Synchronous on purpose: koa2-ratelimit calls the handler without awaiting it.
        handler: () => {
          throw new errors.RateLimitError(
            `Too many requests: at most ${config.rateLimit.max} per ${config.rateLimit.intervalSeconds} s`
          );
        },
      })
    : null;

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const isContentApi = ctx.path.startsWith(`${prefix}/`);
    if (isContentApi) {
      const depth = populateDepth(ctx.query.populate);
      if (depth > config.maxPopulateDepth) {
        throw new errors.ValidationError(
          `populate is nested ${depth} levels deep; the limit is ${config.maxPopulateDepth}`
        );
      }
    }
    const limited = isContentApi || config.rateLimitedPrefixes.some((p) => ctx.path.startsWith(p));
    if (limiter && limited) return limiter(ctx as never, next);
    return next();
  };
};
