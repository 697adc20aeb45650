import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Ctx = {
  path: string;
  method: string;
  query: Record<string, unknown>;
  params?: Record<string, string>;
  request: { body?: unknown };
};

/** Field names a content-manager write may carry: the type's attributes and Strapi's ids. */
function writableKeys(strapi: Core.Strapi, uid: string): Set<string> | null {
  const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
    { attributes: Record<string, unknown> } | undefined;
  if (!contentType) return null;
  return new Set([...Object.keys(contentType.attributes), 'id', 'documentId', 'status']);
}

const CM_WRITE = /^\/content-manager\/collection-types\/(api::[\w.-]+)(?:\/[^/]+)?$/;

/**
 * The content manager drops unknown fields silently and stores the rest, so a client typo
 * (`titel`) would save a half-filled item. Writes to the app's types naming an unknown field are
 * a 400 that names it.
 */
export function checkContentManagerWrite(strapi: Core.Strapi, ctx: Ctx): void {
  if (ctx.method !== 'POST' && ctx.method !== 'PUT') return;
  const match = CM_WRITE.exec(ctx.path);
  if (!match) return;
  const allowed = writableKeys(strapi, match[1]);
  const body = ctx.request.body;
  if (!allowed || body === null || typeof body !== 'object' || Array.isArray(body)) return;
  const unknown = Object.keys(body).filter((key) => !allowed.has(key));
  if (unknown.length > 0) {
    throw new errors.ValidationError(`unknown field(s) for ${match[1]}: ${unknown.join(', ')}`, {
      keys: unknown,
    });
  }
}

/**
 * Request guards that sit after Strapi's configured middlewares (the body is parsed, errors are
 * formatted) and before the router: unknown fields on content-manager writes.
 */
export function createRequestGuards(strapi: Core.Strapi) {
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    checkContentManagerWrite(strapi, ctx);
    return next();
  };
}

/** Mounts the guards; call from the app's bootstrap, after Strapi registered its middlewares. */
export function installRequestGuards(strapi: Core.Strapi): void {
  strapi.server.use(createRequestGuards(strapi) as never);
}
