import type { Core } from '@strapi/strapi';

type ActionService = { scheduleCronJob(action: { documentId: string; executeAt: string }): void };
type ServiceFactory = (ctx: { strapi: Core.Strapi }) => ActionService;

/**
 * strapi-plugin-publisher 2.0.9 skips a schedule whose time has already passed when it is set or
 * moved ("skipping cron job creation"), and runs it only at the next restart. A schedule set for
 * a past minute (or reached while the request was in flight) fires now instead, through the same
 * toggle the plugin's timer calls, so every publish gate applies.
 */
export function fireOverdueSchedules(createService: ServiceFactory): ServiceFactory {
  return (ctx) => {
    const service = createService(ctx);
    const scheduleLater = service.scheduleCronJob.bind(service);
    service.scheduleCronJob = (action) => {
      if (new Date(action.executeAt).getTime() > Date.now()) return scheduleLater(action);
      // After the write that set it has returned: the toggle reads the action as stored.
      setImmediate(() => {
        void fire(ctx.strapi, action.documentId);
      });
    };
    return service;
  };
}

async function fire(strapi: Core.Strapi, documentId: string) {
  try {
    const action = await strapi
      .documents('plugin::publisher.action' as never)
      .findOne({ documentId });
    if (!action) return;
    const mode = (action as { mode: string }).mode;
    await strapi.plugin('publisher').service('publicationService').toggle(action, mode);
    strapi.log.info(`[publisher] fired overdue schedule ${documentId}`);
  } catch (error) {
    strapi.log.error(`[publisher] overdue schedule ${documentId}: ${(error as Error).message}`);
  }
}
