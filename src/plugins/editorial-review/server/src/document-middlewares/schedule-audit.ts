import type { Core } from '@strapi/strapi';
import { currentActor } from '../actor/actor-context';
import { getService } from '../get-service';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** strapi-plugin-publisher's schedules: one action row per scheduled publish or unpublish. */
export const SCHEDULE_UID = 'plugin::publisher.action';

interface ScheduleRow {
  documentId: string;
  mode: string;
  entitySlug: string;
  entityId: string;
  executeAt: string | Date;
}

const VERBS: Record<string, string> = { create: '设定', update: '改期', delete: '取消' };
const MODES: Record<string, string> = { publish: '定时发布', unpublish: '定时撤稿' };

/** Records setting, moving and cancelling a schedule, in the schedule write's own transaction. */
export const scheduleAuditMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== SCHEDULE_UID || !VERBS[context.action]) return next();
    const params = (context.params ?? {}) as { documentId?: string };
    return strapi.db.transaction(async () => {
      const before = params.documentId
        ? ((await strapi.db
            .query(SCHEDULE_UID as never)
            .findOne({ where: { documentId: params.documentId } })) as ScheduleRow | null)
        : null;
      const result = await next();
      const row = (context.action === 'delete' ? before : (result as ScheduleRow | null)) ?? before;
      if (row)
        await getService('audit', { strapi }).record(
          {
            action: 'schedule',
            contentType: row.entitySlug,
            documentId: row.entityId,
            detail: `${VERBS[context.action]}${MODES[row.mode] ?? row.mode}：${new Date(row.executeAt).toISOString()}`,
          },
          currentActor(strapi)
        );
      return result;
    });
  };
