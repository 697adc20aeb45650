import type { Core } from '@strapi/strapi';
import type { SummaryResponse } from '../../../shared/contracts';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config-access';
import { createRepositories } from '../repositories';
import { summaryText } from '../summary/summary-text';
import type { ValidTallyQuery } from '../validation/tally-query';

/** The zh-CN work-summary paragraph, from the tally service's numbers. */
export const createSummaryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Writes the paragraph for a campaign and an optional inclusive date range. */
  async summarize(
    query: Pick<ValidTallyQuery, 'campaign' | 'from' | 'to'>
  ): Promise<SummaryResponse['data']> {
    const { timeZone } = pluginConfig(strapi);
    const campaign = await getService('campaigns', { strapi }).findBySlug(query.campaign);
    const filter = { campaignDocumentId: campaign.documentId, from: query.from, to: query.to };
    const totals = await getService('tally', { strapi }).totalsFor(filter);
    const { metrics, ledgerReader } = createRepositories({ strapi });
    const programmes = await metrics.programmes(filter);
    const staffItems = await ledgerReader.staffItems(filter);
    return {
      text: summaryText({
        campaignName: campaign.name,
        from: query.from,
        to: query.to,
        totals,
        programmes,
        staffItems,
      }),
      campaign: { documentId: campaign.documentId, slug: campaign.slug, name: campaign.name },
      params: { from: query.from, to: query.to, timeZone },
    };
  },
});

export type SummaryService = ReturnType<typeof createSummaryService>;
