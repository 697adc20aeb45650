import type { Core } from '@strapi/strapi';
import { ACTION_RECORDS } from '../../shared/constants';
import { PLUGIN_ID } from '../../shared/contracts';

/** Registers the RBAC actions before the admin syncs Super Admin permissions. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.admin!.services.permission.actionProvider.registerMany(
    Object.values(ACTION_RECORDS).map((a) => ({ ...a, section: 'plugins', pluginName: PLUGIN_ID }))
  );
};
