import type { Core } from '@strapi/strapi';

/** strapi-plugin-publisher 2.0.9's content type for one scheduled publish or unpublish. */
export const ACTION_UID = 'plugin::publisher.action';

/** Route handlers of the plugin's action routes (admin and content API alike). */
export const ACTION_HANDLERS = {
  create: 'actionController.create',
  update: 'actionController.update',
  delete: 'actionController.delete',
} as const;

export interface ScheduledAction {
  documentId: string;
  entitySlug: string;
  entityId: string;
  mode: string;
}

/** The scheduled action with this documentId, or null. */
export async function findScheduledAction(
  strapi: Core.Strapi,
  documentId: string | undefined
): Promise<ScheduledAction | null> {
  if (!documentId) return null;
  return (await strapi.db
    .query(ACTION_UID)
    .findOne({ where: { documentId } })) as ScheduledAction | null;
}

/** Policy context as Strapi builds it: koa's own properties; the method lives on request. */
export interface PolicyContext {
  params?: Record<string, string | undefined>;
  request: { method: string; body?: unknown };
  state: {
    userAbility?: { can(action: string, subject?: string): boolean };
    route?: { handler?: unknown };
  };
}
