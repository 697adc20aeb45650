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
    // The draft may have changed since the schedule was set: 三审 is checked again now.
    if (mode === 'publish') return passesReviewAtFire(strapi, uid, entity.documentId);
  };

interface ReviewPlugin {
  review: { assertPublishable(uid: string, documentId: string): Promise<unknown> };
  audit: { recordRefusal(event: Record<string, unknown>, actor: Record<string, unknown>): void };
}

const SCHEDULER = {
  userId: null,
  userName: '定时发布',
  roles: [],
  roleCodes: [],
  ip: null,
  origin: 'scheduler',
};

/** Whether a scheduled publish may go ahead; a refusal is written to the 操作日志 with the scheduler as its actor. */
async function passesReviewAtFire(
  strapi: Core.Strapi,
  uid: string,
  documentId: string
): Promise<false | void> {
  const plugin = strapi.plugin('editorial-review');
  const { review, audit } = {
    review: plugin.service('review'),
    audit: plugin.service('audit'),
  } as ReviewPlugin;
  try {
    await review.assertPublishable(uid, documentId);
  } catch (error) {
    const message = (error as Error).message;
    strapi.log.warn(`[publisher] scheduled publish of ${uid} ${documentId} refused: ${message}`);
    audit.recordRefusal(
      { action: 'publish', contentType: uid, documentId, detail: `定时发布被拒绝：${message}` },
      SCHEDULER
    );
    return false;
  }
}
