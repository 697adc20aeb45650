import type { Core } from '@strapi/strapi';
import { createResponseCache } from '../performance/response-cache';
import { contentApiConfig } from './content-api-config';
import { createContentApiGuard } from './content-api-guard';

interface RouteConfig {
  policies?: unknown[];
  middlewares?: unknown[];
}
interface Route {
  config?: RouteConfig;
}
interface Router {
  type?: string;
  routes?: Route[];
}
type RouterInput = Router | ((opts: { strapi: Core.Strapi }) => Router);
type RoutesHolder = { routes?: Record<string, RouterInput> | Route[] };

/** The policy every content-API route carries: a read-only token reads the app's content only. */
export const APP_READ_SCOPE_POLICY = 'global::app-read-scope';

/**
 * Every content-API router of the app's APIs and of every plugin, instantiated as Strapi's own
 * route registration does (factories are called and written back), so that the route objects
 * decorated here are the ones Strapi composes. APIs are content API by definition; a plugin's
 * router is content API when it says so.
 */
function contentApiRouters(strapi: Core.Strapi): Router[] {
  const routers: Router[] = [];
  const collect = (holder: RoutesHolder, isApi: boolean) => {
    const inputs = holder.routes;
    if (!inputs || Array.isArray(inputs)) return; // A plain array is a plugin's admin routes.
    for (const [key, input] of Object.entries(inputs)) {
      const router = typeof input === 'function' ? input({ strapi }) : input;
      inputs[key] = router;
      if (isApi || router.type === 'content-api') routers.push(router);
    }
  };
  for (const api of Object.values(strapi.apis)) collect(api as RoutesHolder, true);
  for (const plugin of Object.values(strapi.plugins)) collect(plugin as RoutesHolder, false);
  return routers;
}

/**
 * Puts the content API's protections on the routes themselves, so that they apply to exactly the
 * requests Strapi's router sends to a content-API route, however the path was spelled: the
 * read-only token scope (a policy, after authentication), then one shared guard (rate limit,
 * populate cap, pagination, value errors) and the response cache. Call from register(): routes
 * are composed when Strapi bootstraps. Returns how many routes were guarded.
 */
export function guardContentApiRoutes(strapi: Core.Strapi): number {
  const config = contentApiConfig(strapi);
  const guard = createContentApiGuard(strapi, config);
  const cache = createResponseCache(strapi, config.cache);
  let guarded = 0;
  for (const router of contentApiRouters(strapi)) {
    for (const route of router.routes ?? []) {
      const routeConfig = (route.config ??= {});
      routeConfig.policies = [APP_READ_SCOPE_POLICY, ...(routeConfig.policies ?? [])];
      routeConfig.middlewares = [
        guard,
        ...(cache ? [cache] : []),
        ...(routeConfig.middlewares ?? []),
      ];
      guarded += 1;
    }
  }
  return guarded;
}
