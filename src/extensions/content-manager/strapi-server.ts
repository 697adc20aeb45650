import readGuard, { READ_GUARDED } from '../../admin-api/content-manager/read-guard';
import writeGuard, {
  ENTITY_WRITES,
  SELECTOR_WRITES,
} from '../../admin-api/content-manager/write-guard';
import { guardRoutes, routesOfType, type ServerPlugin } from '../../admin-api/plugin-routes';

const WRITE_GUARD = 'plugin::content-manager.app-write-guard';
const READ_GUARD = 'plugin::content-manager.app-read-guard';

/**
 * Strapi's extension point for the content manager (loaded from dist/src/extensions): puts the
 * app's guards on its admin routes by handler name, so they hold however the path is spelt.
 * Written for @strapi/content-manager 5.54; a handler that disappears fails the boot.
 */
export default (plugin: ServerPlugin): ServerPlugin => {
  plugin.middlewares = {
    ...plugin.middlewares,
    'app-write-guard': writeGuard,
    'app-read-guard': readGuard,
  };
  const routes = routesOfType(plugin, 'admin');
  const writes = [...Object.keys(ENTITY_WRITES), ...Object.keys(SELECTOR_WRITES)];
  guardRoutes(routes, writes, { middlewares: [WRITE_GUARD] }, 'content-manager');
  guardRoutes(routes, READ_GUARDED, { middlewares: [READ_GUARD] }, 'content-manager');
  return plugin;
};
