import type { Core } from '@strapi/strapi';
import type {
  CampaignListResponse,
  PublicTotalsResponse,
  TallyParams,
  TallyResponse,
  TallyTotals,
} from '../../../shared/contracts';
import { typeTotals } from '../../../shared/tallied-types';
import { labelRows, lookupIds } from '../dimensions/row-labels';
import { countingRule } from '../labels';
import { getService } from '../get-service';
import { isoInZone } from '../periods/time-zone';
import { pluginConfig } from '../plugin-config-access';
import { createRepositories } from '../repositories';
import type { TallyFilter } from '../repositories/ledger-reader';
import type { ValidTallyQuery } from '../validation/tally-query';
import { reviewMetricsOf } from './review-metrics-source';
import { SCORE_FORMULA } from '../../../shared/scoring';
import { scoreSql } from '../scoring/score-sql';

/** Counts of published items per campaign, from the ledger, in a fixed number of queries. */
export const createTallyService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repositories = () => createRepositories({ strapi });
  // The tally page asks for several groupings of one campaign at once, and every answer carries
  // the same totals: requests that overlap share one computation (nothing is kept after it).
  const inFlight = new Map<string, Promise<TallyTotals>>();

  async function computeTotals(filter: TallyFilter): Promise<TallyTotals> {
    const { ledgerReader, metrics } = repositories();
    const totals = typeTotals(await ledgerReader.countsByType(filter));
    return {
      ...totals,
      episodeMetrics: await metrics.episodeMetrics(filter, totals.episodes),
      pledgeMetrics: await metrics.pledgeMetrics(filter, totals.pledges),
      reviewMetrics: await reviewMetricsOf(strapi, filter, pluginConfig(strapi).timeZone),
    };
  }

  /** The per-type totals and the episode and pledge metrics of one campaign and range. */
  function totalsFor(filter: TallyFilter): Promise<TallyTotals> {
    const key = JSON.stringify([filter.campaignDocumentId, filter.from, filter.to]);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = computeTotals(filter).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  return {
    totalsFor,

    /** The full tally of a campaign: grouped rows, totals, metrics, the rule and the parameters. */
    async tally(query: ValidTallyQuery): Promise<TallyResponse['data']> {
      const { timeZone } = pluginConfig(strapi);
      const campaign = await getService('campaigns', { strapi }).findBySlug(query.campaign);
      const filter = { campaignDocumentId: campaign.documentId, from: query.from, to: query.to };
      const { ledgerReader, columns, reporters, scoringRules } = repositories();
      const rules = query.measure === 'score' ? await scoringRules.versions() : null;
      const points = rules ? scoreSql(rules).points : null;
      const grouped = await ledgerReader.groupedCounts(
        filter,
        query.groupBy,
        query.period,
        campaign.phases,
        points
      );
      const rows = labelRows(grouped, query.groupBy, {
        period: query.period,
        phases: campaign.phases,
        columns: await columns.namesById(lookupIds(grouped, query.groupBy, 'ledger')),
        reporters: await reporters.namesById(lookupIds(grouped, query.groupBy, 'credit')),
      });
      const params: TallyParams = { ...query, timeZone };
      return {
        campaign: {
          documentId: campaign.documentId,
          slug: campaign.slug,
          name: campaign.name,
          timeZone,
        },
        params,
        rule: countingRule(timeZone),
        rows,
        totals: await totalsFor(filter),
        scoring:
          rules && points
            ? {
                totalScore: await ledgerReader.totalScore(filter, points),
                formula: SCORE_FORMULA,
                rules,
              }
            : null,
        generatedAt: isoInZone(Date.now(), timeZone),
        appVersion: String(strapi.config.get('info.version') ?? '0.0.0'),
      };
    },

    /**
     * The app's counter: published totals of a published campaign. One indexed GROUP BY; the
     * app's response cache (src/performance in the app) keeps the answer until the next write.
     */
    async publicTotals(slug: string): Promise<PublicTotalsResponse['data']> {
      const campaign = await getService('campaigns', { strapi }).findBySlug(slug, {
        publishedOnly: true,
      });
      const byType = await repositories().ledgerReader.countsByType({
        campaignDocumentId: campaign.documentId,
        from: null,
        to: null,
      });
      return {
        campaign: { documentId: campaign.documentId, slug: campaign.slug, name: campaign.name },
        totals: typeTotals(byType),
        asOf: new Date().toISOString(),
      };
    },

    /** Campaigns for the admin picker, each with its totals (two queries in all). */
    async listCampaigns(): Promise<CampaignListResponse['data']> {
      const campaigns = await getService('campaigns', { strapi }).list();
      const counts = await repositories().ledgerReader.countsByCampaign();
      return campaigns.map((c) => ({
        documentId: c.documentId,
        slug: c.slug,
        name: c.name,
        startDate: c.startDate,
        endDate: c.endDate,
        totals: typeTotals(
          Object.fromEntries(
            counts.filter((r) => r.campaign === c.documentId).map((r) => [r.type, r.count])
          )
        ),
      }));
    },
  };
};

export type TallyService = ReturnType<typeof createTallyService>;
