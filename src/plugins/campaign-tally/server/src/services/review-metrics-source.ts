import type { Core } from '@strapi/strapi';
import type { ReviewMetrics } from '../../../shared/contracts';
import type { TallyFilter } from '../repositories/ledger-reader';

/** What the tally needs of the editorial-review plugin's `review-metrics` service. */
interface ReviewMetricsProvider {
  forCampaign(query: TallyFilter & { timeZone: string }): Promise<ReviewMetrics>;
}

const REVIEW_PLUGIN = 'editorial-review';

/**
 * The 三审 metrics of a campaign, when the review plugin is installed and reviews some type:
 * the tally counts publications, the review plugin owns its own tables and their SQL.
 */
export async function reviewMetricsOf(
  strapi: Core.Strapi,
  filter: TallyFilter,
  timeZone: string
): Promise<ReviewMetrics | null> {
  const provider = strapi.plugin(REVIEW_PLUGIN)?.service('review-metrics') as
    ReviewMetricsProvider | undefined;
  if (!provider) return null;
  const metrics = await provider.forCampaign({ ...filter, timeZone });
  return metrics.levels.length > 0 ? metrics : null;
}
