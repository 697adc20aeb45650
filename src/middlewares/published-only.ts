import type { Core } from '@strapi/strapi';

/**
 * Any role with `find` may send `?status=draft`, and Strapi has no per-role switch. Content-API
 * callers (everything under the REST prefix) therefore always get the published version: a
 * requested status is replaced, never honoured. The admin panel uses its own routes.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (
    ctx: { path: string; query: Record<string, unknown> },
    next: () => Promise<unknown>
  ) => {
    if (
      ctx.path.startsWith(`${prefix}/`) &&
      ctx.query.status !== undefined &&
      ctx.query.status !== 'published'
    ) {
      ctx.query = { ...ctx.query, status: 'published' };
    }
    return next();
  };
};
