/** A route as a plugin's server declares it, before Strapi mounts it. */
export interface PluginRoute {
  method: string;
  path: string;
  handler: unknown;
  config?: { policies?: unknown[]; middlewares?: unknown[]; [key: string]: unknown };
}

/** The parts of a plugin's server object that src/extensions/* change (Strapi 5.54). */
export interface ServerPlugin {
  routes?: Record<string, { type?: string; routes: PluginRoute[] }> | PluginRoute[];
  middlewares?: Record<string, unknown>;
  policies?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The plugin's routes of one type ('admin' or 'content-api'). */
export function routesOfType(plugin: ServerPlugin, type: string): PluginRoute[] {
  const { routes } = plugin;
  if (!routes) return [];
  if (Array.isArray(routes)) return type === 'admin' ? routes : [];
  return Object.entries(routes)
    .filter(([name, router]) => (router.type ?? name) === type)
    .flatMap(([, router]) => router.routes);
}

/**
 * Adds middlewares and policies to the routes whose handler is in `handlers`, in front of the
 * route's own. Throws when a handler matches no route: a guard written for one Strapi version
 * must not go silently missing in the next.
 */
export function guardRoutes(
  routes: PluginRoute[],
  handlers: readonly string[],
  guard: { middlewares?: unknown[]; policies?: unknown[] },
  where: string
): void {
  for (const handler of handlers) {
    const matched = routes.filter((route) => route.handler === handler);
    if (matched.length === 0) {
      throw new Error(`[${where}] no route has handler ${handler}; review the route guards`);
    }
    for (const route of matched) {
      const config = route.config ?? {};
      route.config = {
        ...config,
        policies: [...(config.policies ?? []), ...(guard.policies ?? [])],
        middlewares: [...(guard.middlewares ?? []), ...(config.middlewares ?? [])],
      };
    }
  }
}
