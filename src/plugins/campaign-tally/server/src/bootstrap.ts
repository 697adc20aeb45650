import type { Core } from '@strapi/strapi';
import { ACTION_RECORDS } from '../../shared/constants';
import { PLUGIN_ID } from '../../shared/contracts';
import { getService } from './get-service';

/** Registers the RBAC actions before the admin syncs Super Admin permissions; brings an older ledger up to date. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.admin!.services.permission.actionProvider.registerMany(
    Object.values(ACTION_RECORDS).map((a) => ({ ...a, section: 'plugins', pluginName: PLUGIN_ID }))
  );
  await getService('ledger', { strapi }).ensureCurrentFormat();
};
