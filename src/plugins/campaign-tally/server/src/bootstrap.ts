import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../../shared/constants';
import { PLUGIN_ID } from '../../shared/contracts';

/** Registers the RBAC actions before the admin syncs Super Admin permissions. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const actions = [
    { uid: 'read', displayName: '查看统计', section: 'plugins', pluginName: PLUGIN_ID },
    { uid: 'export', displayName: '导出统计', section: 'plugins', pluginName: PLUGIN_ID },
  ];
  // The uids above become plugin::campaign-tally.read / .export; keep them tied to the constants.
  if (
    actions.some((a) => !Object.values(ACTIONS).includes(`plugin::${PLUGIN_ID}.${a.uid}` as never))
  ) {
    throw new Error('campaign-tally: RBAC actions out of step with shared/constants.ts');
  }
  await strapi.admin!.services.permission.actionProvider.registerMany(actions);
};
