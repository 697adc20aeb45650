import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../content-rules/uids';
import { seedArticles } from './seed-articles';
import type { SeedContext } from './seed-context';
import { seedEpisodes } from './seed-episodes';
import { seedPledges } from './seed-pledges';
import { emptyReport, summarizeReport, type SeedReport } from './seed-report';
import {
  seedCampaign,
  seedColumns,
  seedDepartments,
  seedReporters,
  seedScoringRules,
} from './seed-structure';

export { SEED_TYPES, summarizeReport, totalCreated, type SeedReport } from './seed-report';

/**
 * Seeds the demo campaign of the centre's work summary. Idempotent per item: each item is looked
 * up by its natural key and created only when missing, so a second run creates nothing.
 */
export async function seedDemoCampaign(strapi: Core.Strapi): Promise<SeedReport> {
  const started = Date.now();
  const report = emptyReport();
  const campaignId = await seedCampaign(strapi, report);
  const columnIds = await seedColumns(strapi, report, campaignId);
  const departmentIds = await seedDepartments(strapi, report);
  const reporterIds = await seedReporters(strapi, report, departmentIds);
  await seedScoringRules(strapi, report);
  const ctx: SeedContext = { strapi, report, campaignId, columnIds, departmentIds, reporterIds };
  await seedArticles(ctx);
  await seedEpisodes(ctx);
  await seedPledges(ctx);
  report.durationMs = Date.now() - started;
  return report;
}

/**
 * Seeds the demo on the first development start against an empty database, so a fresh clone
 * shows real-looking content. Never in production or test; SEED_DEMO=false turns it off.
 */
export async function seedDemoOnFirstStart(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV !== 'development' || process.env.SEED_DEMO === 'false') return;
  // Any campaign at all means someone has used this database: leave it alone.
  if ((await strapi.db.query(CONTENT_TYPES.campaign).count()) > 0) return;
  const report = await seedDemoCampaign(strapi);
  strapi.log.info(`[seed] Demo campaign seeded on first start: ${summarizeReport(report)}`);
}
