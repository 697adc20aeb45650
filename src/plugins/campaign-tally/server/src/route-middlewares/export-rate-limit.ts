import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimit } from 'koa2-ratelimit';
import { pluginConfig } from '../plugin-config-access';

type Ctx = { request: { ip: string } };

/**
 * Exports build whole workbooks, so each admin IP may ask for only so many per interval. A route
 * middleware of the export route itself (routes/admin.ts): it applies to exactly the requests the
 * router sends there, however the path was spelled.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { exportRateLimit: limit } = pluginConfig(strapi);
  if (!limit.enabled) return (_ctx: Ctx, next: () => Promise<unknown>) => next();
  return RateLimit.middleware({
    interval: { sec: limit.intervalSeconds },
    max: limit.max,
    keyGenerator: async (ctx: Ctx) => `campaign-tally-export:${ctx.request.ip}`,
    // Synchronous on purpose: koa2-ratelimit calls the handler without awaiting it.
    handler: () => {
      throw new errors.RateLimitError(
        `Too many requests: at most ${limit.max} exports per ${limit.intervalSeconds} s`
      );
    },
  });
};
