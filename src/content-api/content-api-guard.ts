import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimit } from 'koa2-ratelimit';
import type { ContentApiConfig } from './content-api-config';
import { checkPagination, checkPopulateDepth, isValueTypeError } from './query-limits';
import { checkQueryShape, type ModelLookup, type ShapeModel } from './query-shape';
import { matchedRoute, routeAction, type RequestState } from './request-kind';

type Ctx = RequestState & { query: Record<string, unknown>; request: { ip: string } };
type Next = () => Promise<unknown>;
export type RouteMiddleware = (ctx: Ctx, next: Next) => Promise<unknown>;

/** One limiter for every content-API route, so a client has one bucket, not one per route. */
function createRateLimit(config: ContentApiConfig['rateLimit']): RouteMiddleware | null {
  if (!config.enabled) return null;
  const limit = RateLimit.middleware({
    interval: { sec: config.intervalSeconds },
    max: config.max,
    keyGenerator: async (ctx: Ctx) => `content-api:${ctx.request.ip}`,
    // Synchronous on purpose: koa2-ratelimit calls the handler without awaiting it.
    handler: () => {
      throw new errors.RateLimitError(
        `Too many requests: at most ${config.max} per ${config.intervalSeconds} s`
      );
    },
  });
  return limit;
}

/**
 * Runs on every content-API route, after Strapi matched it and authenticated the caller: the
 * per-IP rate limit, the populate cap, pagination values, and filter values of the wrong type,
 * which the query builder reports as a plain Error (a 500) instead of a validation error.
 */
export function createContentApiGuard(
  strapi: Core.Strapi,
  config: ContentApiConfig
): RouteMiddleware {
  const rateLimit = createRateLimit(config.rateLimit);
  // Cast: the uid is a route action's or an attribute's plain string, not known at compile time;
  // getModel answers undefined for one that is not registered, which the lookup passes on.
  const lookup: ModelLookup = (uid) => strapi.getModel(uid as UID.Schema) as ShapeModel | undefined;
  // The content type a route serves, from its action (api::article.article.find).
  const routeModel = (ctx: Ctx) => {
    const action = routeAction(matchedRoute(ctx));
    return action ? lookup(action.slice(0, action.lastIndexOf('.'))) : undefined;
  };
  const guard: RouteMiddleware = async (ctx, next) => {
    checkPopulateDepth(ctx.query.populate, config.maxPopulateDepth);
    checkPagination(ctx.query.pagination);
    checkQueryShape(ctx.query, routeModel(ctx), lookup);
    try {
      return await next();
    } catch (error) {
      if (isValueTypeError(error)) {
        throw new errors.ValidationError(
          'a filter or field value does not fit the type of its field (number, date or time)'
        );
      }
      throw error;
    }
  };
  return rateLimit ? (ctx, next) => rateLimit(ctx, () => guard(ctx, next)) : guard;
}
