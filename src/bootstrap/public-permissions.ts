import type { Core } from '@strapi/strapi';
import { APP_READ_ACTIONS } from '../content-api/app-read-actions';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';
const REGISTER_ACTION = 'plugin::users-permissions.auth.register';

/** Roles of app readers: anonymous, and signed-in app users. */
const APP_READER_ROLES = ['public', 'authenticated'] as const;

async function findRole(strapi: Core.Strapi, type: string) {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type } });
  if (!role)
    throw new Error(`users-permissions role "${type}" is missing; cannot set app read access`);
  return role as { id: number };
}

/**
 * Grants the app read actions to the public and authenticated roles. Idempotent: actions a role
 * already holds are skipped, so restarts never duplicate permission rows. Returns rows added.
 */
export async function grantAppReadAccess(
  strapi: Core.Strapi,
  actions = APP_READ_ACTIONS
): Promise<number> {
  let added = 0;
  for (const type of APP_READER_ROLES) {
    const role = await findRole(strapi, type);
    const held = await strapi.db.query(PERMISSION_UID).findMany({
      where: { role: role.id, action: { $in: actions } },
      select: ['action'],
    });
    const heldActions = new Set(held.map((row) => row.action as string));
    for (const action of actions.filter((a) => !heldActions.has(a))) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
      added += 1;
    }
  }
  return added;
}

/**
 * Open self-registration is off: app readers need no account and editors are invited. Both the
 * setting and the public role's route permission go, so the route answers 403.
 */
export async function disableSelfRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ value: { ...advanced, allow_register: false } });
  }
  const publicRole = await findRole(strapi, 'public');
  await strapi.db
    .query(PERMISSION_UID)
    .deleteMany({ where: { role: publicRole.id, action: REGISTER_ACTION } });
}
