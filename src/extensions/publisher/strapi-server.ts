import canSchedule from '../../admin-api/publisher/can-schedule';
import { ACTION_HANDLERS } from '../../admin-api/publisher/scheduled-actions';
import validateAction from '../../admin-api/publisher/validate-action';
import { guardRoutes, routesOfType, type ServerPlugin } from '../../admin-api/plugin-routes';

const VALIDATE = 'plugin::publisher.validate-action';
const CAN_SCHEDULE = 'plugin::publisher.can-schedule';

/**
 * Strapi's extension point for strapi-plugin-publisher 2.0.9, whose action routes carry no
 * policy at all. Every write of a schedule is validated first (a bad body is a 400, a missing
 * action a 404), then the admin routes need the publish right on the scheduled type. The
 * content-API routes (full-access tokens) get the validation only.
 */
export default (plugin: ServerPlugin): ServerPlugin => {
  plugin.policies = {
    ...plugin.policies,
    'validate-action': validateAction,
    'can-schedule': canSchedule,
  };
  const writes = Object.values(ACTION_HANDLERS);
  guardRoutes(
    routesOfType(plugin, 'admin'),
    writes,
    { policies: [VALIDATE, CAN_SCHEDULE] },
    'publisher'
  );
  guardRoutes(routesOfType(plugin, 'content-api'), writes, { policies: [VALIDATE] }, 'publisher');
  return plugin;
};
