import type { Core } from '@strapi/strapi';
import httpsOnly from '../../admin-api/https-only';
import { guardRoutes, type PluginRoute, type ServerPlugin } from '../../admin-api/plugin-routes';

/** The auth routes that sign in, out, or rotate a session: each may set the refresh cookie. */
const SESSION_HANDLERS = [
  'auth.callback',
  'auth.register',
  'auth.refresh',
  'auth.logout',
  'auth.resetPassword',
  'auth.changePassword',
];

type Router = { type?: string; routes: PluginRoute[] };
type RouterInput = Router | ((opts: { strapi: Core.Strapi }) => Router);

/**
 * Strapi's extension point for @strapi/plugin-users-permissions 5.54: its session routes need
 * https in production (admin-api/https-only.ts). Its content-API router is a factory, so the
 * guard is added when Strapi builds it. A handler that disappears fails the boot.
 */
export default (plugin: ServerPlugin): ServerPlugin => {
  plugin.policies = { ...plugin.policies, 'https-only': httpsOnly };
  const routers = plugin.routes as unknown as Record<string, RouterInput>;
  const input = routers['content-api'];
  routers['content-api'] = (opts) => {
    const router = typeof input === 'function' ? input(opts) : input;
    guardRoutes(
      router.routes,
      SESSION_HANDLERS,
      { policies: ['plugin::users-permissions.https-only'] },
      'users-permissions'
    );
    return router;
  };
  return plugin;
};
