import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../content-rules/uids';
import { TOTALS_CONTENT_API_ACTION } from '../plugins/campaign-tally/shared/constants';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

/** The read actions the app's public role holds: list and one-item for the six types, and totals. */
export const PUBLIC_READ_ACTIONS = [
  ...Object.values(CONTENT_TYPES).flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  TOTALS_CONTENT_API_ACTION,
];

/**
 * Grants actions to the public role. Idempotent: actions the role already holds are skipped, so
 * restarts never duplicate permission rows.
 */
export async function grantPublicActions(strapi: Core.Strapi, actions: string[]): Promise<number> {
  const publicRole = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('users-permissions public role is missing; cannot grant app read access');

  const held = await strapi.db.query(PERMISSION_UID).findMany({
    where: { role: publicRole.id, action: { $in: actions } },
    select: ['action'],
  });
  const heldActions = new Set(held.map((row) => row.action as string));
  const missing = actions.filter((action) => !heldActions.has(action));
  for (const action of missing) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: publicRole.id } });
  }
  return missing.length;
}

/** Open self-registration is off: app readers need no account, editors are invited. */
export async function disableSelfRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ value: { ...advanced, allow_register: false } });
  }
}
