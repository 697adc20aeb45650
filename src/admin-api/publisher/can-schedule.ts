import type { Core } from '@strapi/strapi';
import { findScheduledAction, type PolicyContext } from './scheduled-actions';

const PUBLISH = 'plugin::content-manager.explorer.publish';

/**
 * strapi-plugin-publisher 2.0.9 registers no RBAC actions and puts no policy on its admin routes,
 * so any admin, an Author included, could schedule a publish. Creating, moving or deleting a
 * schedule therefore needs the content manager's publish right on the scheduled type, the right
 * the plugin's own UI already checks before it shows the scheduler. Runs after validate-action,
 * so the body is well formed and an update's or delete's action exists.
 */
export default async function canSchedule(
  ctx: PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
): Promise<boolean> {
  const ability = ctx.state.userAbility;
  if (!ability) return false;
  const body = ctx.request.body as { data?: { entitySlug?: unknown } } | undefined;
  let entitySlug = body?.data?.entitySlug;
  if (ctx.request.method !== 'POST') {
    entitySlug = (await findScheduledAction(strapi, ctx.params?.id))?.entitySlug;
  }
  return typeof entitySlug === 'string' && ability.can(PUBLISH, entitySlug);
}
