import canSchedule from '../../admin-api/publisher/can-schedule';
import { fireOverdueSchedules } from '../../admin-api/publisher/fire-overdue';
import scheduleNeedsReview from '../../admin-api/publisher/schedule-needs-review';
import { ACTION_HANDLERS } from '../../admin-api/publisher/scheduled-actions';
import validateAction from '../../admin-api/publisher/validate-action';
import { guardRoutes, routesOfType, type ServerPlugin } from '../../admin-api/plugin-routes';

const VALIDATE = 'plugin::publisher.validate-action';
const CAN_SCHEDULE = 'plugin::publisher.can-schedule';
const NEEDS_REVIEW = 'plugin::publisher.schedule-needs-review';

/**
 * Strapi's extension point for strapi-plugin-publisher 2.0.9, whose action routes carry no
 * policy at all. Every write of a schedule is validated first (a bad body is a 400, a missing
 * action a 404), then the admin routes need the publish right on the scheduled type, and a
 * scheduled publish needs a draft that passed 三审. The content-API routes (full-access tokens)
 * get the validation and the review check. A schedule whose time has passed fires at once
 * (fire-overdue.ts) instead of waiting for a restart.
 */
export default (plugin: ServerPlugin): ServerPlugin => {
  plugin.policies = {
    ...plugin.policies,
    'validate-action': validateAction,
    'can-schedule': canSchedule,
    'schedule-needs-review': scheduleNeedsReview,
  };
  const writes = Object.values(ACTION_HANDLERS);
  guardRoutes(
    routesOfType(plugin, 'admin'),
    writes,
    { policies: [VALIDATE, CAN_SCHEDULE, NEEDS_REVIEW] },
    'publisher'
  );
  guardRoutes(
    routesOfType(plugin, 'content-api'),
    writes,
    { policies: [VALIDATE, NEEDS_REVIEW] },
    'publisher'
  );
  const services = plugin.services as Record<string, unknown> | undefined;
  if (services && typeof services.action === 'function')
    services.action = fireOverdueSchedules(
      services.action as Parameters<typeof fireOverdueSchedules>[0]
    );
  return plugin;
};
