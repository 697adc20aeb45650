import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Ctx = {
  path: string;
  method: string;
  query: Record<string, unknown>;
  params?: Record<string, string>;
  request: { body?: unknown };
};

const PAGINATION_LIMIT = 1_000_000;
const PAGINATION_KEYS: Record<string, number> = { page: 1, pageSize: 1, start: 0, limit: 1 };

/**
 * Strapi's REST validation checks the shape of `pagination` but not its values: `page=1e20` or
 * `pageSize=-1` reached the query builder (an offset past bigint, or "no limit"). Each value must
 * be a plain integer; a too-large pageSize is still capped to maxLimit by Strapi itself.
 */
export function checkPagination(pagination: unknown): void {
  if (pagination === undefined) return;
  if (pagination === null || typeof pagination !== 'object' || Array.isArray(pagination)) {
    throw new errors.ValidationError('pagination must be an object: pagination[page]=1');
  }
  for (const [key, value] of Object.entries(pagination)) {
    const min = PAGINATION_KEYS[key];
    if (min === undefined) continue; // Strapi's own validation names unknown keys.
    const number = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= PAGINATION_LIMIT)) {
      throw new errors.ValidationError(
        `pagination[${key}] must be an integer from ${min} to ${PAGINATION_LIMIT}`,
        { key: `pagination.${key}` }
      );
    }
  }
}

/** Errors the query builder throws for a filter value that does not fit its column's type. */
function isValueTypeError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (/^Expected a valid Number, got /.test(error.message)) return true;
  // PostgreSQL class 22 "data exception": invalid text for a number, date or time; out of range.
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('22');
}

const TOTALS = /^\/campaign-tally\/campaigns\/[^/]+\/totals$/;

/**
 * Request guards that sit after Strapi's configured middlewares (the body is parsed, errors are
 * formatted) and before the router: pagination values, unknown parameters on the totals route,
 * and filter values of the wrong type, which the query builder reports as a plain Error (a 500)
 * instead of a validation error (a 400).
 */
export function createRequestGuards(strapi: Core.Strapi) {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const isContentApi = ctx.path.startsWith(`${prefix}/`);
    if (isContentApi) {
      checkPagination(ctx.query.pagination);
      if (TOTALS.test(ctx.path.slice(prefix.length))) {
        const extra = Object.keys(ctx.query).filter((key) => key !== 'status');
        if (extra.length > 0) {
          throw new errors.ValidationError(
            `unknown parameter(s): ${extra.join(', ')}; none allowed`
          );
        }
      }
    }
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
}

/** Mounts the guards; call from the app's bootstrap, after Strapi registered its middlewares. */
export function installRequestGuards(strapi: Core.Strapi): void {
  strapi.server.use(createRequestGuards(strapi) as never);
}
