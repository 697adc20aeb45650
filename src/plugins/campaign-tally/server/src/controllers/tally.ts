import type { Core } from '@strapi/strapi';
import type {
  CampaignListResponse,
  SummaryResponse,
  TallyResponse,
} from '../../../shared/contracts';
import { getService } from '../get-service';
import type { RequestContext } from './request-context';
import { pluginConfig } from '../plugin-config-access';
import { todayIn } from '../periods/time-zone';
import {
  validateAssessmentQuery,
  validateExportQuery,
  validateSummaryQuery,
  validateTallyQuery,
} from '../validation/tally-query';

/** Admin controller: validate, call one service, set the body. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async tallies(ctx: RequestContext) {
    const query = await validateTallyQuery(ctx.query);
    ctx.body = { data: await getService('tally', { strapi }).tally(query) } satisfies TallyResponse;
  },

  async export(ctx: RequestContext) {
    const { format, ...query } = await validateExportQuery(ctx.query);
    const file = await getService('export', { strapi }).exportTally(query, format);
    ctx.attachment(file.filename);
    ctx.type = file.contentType;
    ctx.body = file.body;
  },

  /** The 考核表: JSON by default, or a CSV / XLSX file with format. */
  async assessment(ctx: RequestContext) {
    const { format, ...query } = await validateAssessmentQuery(
      ctx.query,
      todayIn(pluginConfig(strapi).timeZone)
    );
    const file = await getService('export', { strapi }).exportAssessment(query, format);
    if (format !== 'json') ctx.attachment(file.filename);
    ctx.type = file.contentType;
    ctx.body = file.body;
  },

  async summary(ctx: RequestContext) {
    const query = await validateSummaryQuery(ctx.query);
    ctx.body = {
      data: await getService('summary', { strapi }).summarize(query),
    } satisfies SummaryResponse;
  },

  async campaigns(ctx: RequestContext) {
    ctx.body = {
      data: await getService('tally', { strapi }).listCampaigns(),
    } satisfies CampaignListResponse;
  },
});
