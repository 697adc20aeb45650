import type { Core } from '@strapi/strapi';
import { publishedOnly } from './published-only';
import { guardContentApiRoutes } from './route-guards';

/**
 * The content API's promises, decided by what a request is (its matched route and caller),
 * never by the text of its path: published content only, least privilege for read-only tokens,
 * the caps and the rate limit, and the response cache. Call first in the app's register().
 */
export function registerContentApi(strapi: Core.Strapi): void {
  strapi.documents.use(publishedOnly(strapi));
  const guarded = guardContentApiRoutes(strapi);
  strapi.log.debug(`[content-api] ${guarded} routes guarded`);
}
