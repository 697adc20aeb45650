import type { Core } from '@strapi/strapi';
import { ACTION_RECORDS, PLUGIN_ID } from '../../shared/constants';
import { describeReviewLevels } from './config/review-levels';
import { installAuditGuard, purgeExpiredAudit } from './repositories/audit-guard';
import { getReviewLevels } from './services/review-levels';
import { getService } from './get-service';

const DAY_MS = 86_400_000;
let purgeTimer: NodeJS.Timeout | null = null;

/** Registers the RBAC actions, makes the audit log append-only, logs the levels in force. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.admin!.services.permission.actionProvider.registerMany(
    Object.values(ACTION_RECORDS).map((a) => ({ ...a, section: 'plugins', pluginName: PLUGIN_ID }))
  );
  const retentionDays = strapi.config.get<number>(`plugin::${PLUGIN_ID}.auditRetentionDays`, 3650);
  await installAuditGuard(strapi, retentionDays);
  strapi.log.info(
    `[editorial-review] review levels: ${describeReviewLevels(getReviewLevels(strapi))}`
  );
  strapi.log.info(
    `[editorial-review] audit log retention: ${retentionDays === 0 ? 'kept for ever' : `${retentionDays} days`}`
  );
  const purge = () =>
    purgeExpiredAudit(strapi, retentionDays).then(
      (n) =>
        n > 0 && strapi.log.info(`[editorial-review] purged ${n} audit entries past retention`),
      (error: Error) => strapi.log.error(`[editorial-review] audit purge failed: ${error.message}`)
    );
  await purge();
  if (strapi.config.get<boolean>(`plugin::${PLUGIN_ID}.starterWords`, true)) {
    const added = await getService('word-check', { strapi }).installStarterList();
    if (added > 0)
      strapi.log.info(`[editorial-review] 错敏词 library started with ${added} entries`);
  }
  purgeTimer = setInterval(purge, DAY_MS);
  purgeTimer.unref();
};

export const stopPurge = () => {
  if (purgeTimer) clearInterval(purgeTimer);
  purgeTimer = null;
};
