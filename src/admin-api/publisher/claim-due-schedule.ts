import type { Core } from '@strapi/strapi';

type ScheduleHookArgs = {
  strapi: Core.Strapi;
  uid: string;
  entity?: { documentId?: string } | null;
};

/**
 * strapi-plugin-publisher 2.0.9 has no lock: every instance that booted with a schedule sets a
 * timer for it, and a timer fires even if the schedule was moved since. Each run first deletes
 * its own due action row; only the instance whose DELETE removed it goes on (the plugin's
 * beforePublish/beforeUnpublish hooks stop the run on `false`), the others stand down.
 */
export const claimDueSchedule =
  (mode: 'publish' | 'unpublish') =>
  async ({ strapi, uid, entity }: ScheduleHookArgs): Promise<false | void> => {
    if (!entity?.documentId) return false;
    const { count } = await strapi.db.query('plugin::publisher.action').deleteMany({
      where: {
        entitySlug: uid,
        entityId: entity.documentId,
        mode,
        executeAt: { $lte: new Date(Date.now() + 1000) },
      },
    });
    if (count === 0) return false;
  };
