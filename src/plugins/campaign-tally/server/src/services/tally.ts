import type { Core } from '@strapi/strapi';
import type {
  CampaignListResponse,
  PublicTotalsResponse,
  TallyParams,
  TallyResponse,
  TallyTotals,
} from '../../../shared/contracts';
import { countingRule } from '../labels';
import { isoInZone } from '../periods/time-zone';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config-access';
import { createLedgerReader, type TallyFilter } from '../repositories/ledger-reader';
import { createMetricsReader } from '../repositories/metrics-reader';
import { labelRows } from '../tally-rows';
import type { ValidTallyQuery } from '../validation/tally-query';

/** Counts of published items per campaign, from the ledger, in a fixed number of queries. */
export const createTallyService = ({ strapi }: { strapi: Core.Strapi }) => {
  const readers = () => {
    const tables = getService('ledger', { strapi }).tables();
    return {
      ledger: createLedgerReader(strapi.db.connection, tables),
      metrics: createMetricsReader(strapi, strapi.db.connection, tables),
      tables,
    };
  };

  async function totalsFor(filter: TallyFilter): Promise<TallyTotals> {
    const { ledger, metrics } = readers();
    const byType = await ledger.countsByType(filter);
    const articles = byType.article ?? 0;
    const episodes = byType.episode ?? 0;
    const pledges = byType.pledge ?? 0;
    return {
      articles,
      episodes,
      pledges,
      total: articles + episodes + pledges,
      episodeMetrics: await metrics.episodeMetrics(filter, episodes),
      pledgeMetrics: await metrics.pledgeMetrics(filter, pledges),
    };
  }

  return {
    totalsFor,

    /** The full tally of a campaign: grouped rows, totals, metrics, the rule and the parameters. */
    async tally(query: ValidTallyQuery): Promise<TallyResponse['data']> {
      const { timeZone } = pluginConfig(strapi);
      const campaign = await getService('campaigns', { strapi }).findBySlug(query.campaign);
      const filter = { campaignDocumentId: campaign.documentId, from: query.from, to: query.to };
      const { ledger, tables } = readers();
      const grouped = await ledger.groupedCounts(
        filter,
        query.groupBy,
        query.period,
        campaign.phases
      );
      const rows = await labelRows(
        strapi,
        tables,
        grouped,
        query.groupBy,
        query.period,
        campaign.phases
      );
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
        generatedAt: isoInZone(Date.now(), timeZone),
        appVersion: String(strapi.config.get('info.version') ?? '0.0.0'),
      };
    },

    /** The app's counter: published totals of a published campaign, cached briefly per slug. */
    async publicTotals(slug: string): Promise<PublicTotalsResponse['data']> {
      return getService('totals-cache', { strapi }).getOrLoad(slug, async () => {
        const campaign = await getService('campaigns', { strapi }).findBySlug(slug, {
          publishedOnly: true,
        });
        const byType = await readers().ledger.countsByType({
          campaignDocumentId: campaign.documentId,
          from: null,
          to: null,
        });
        const totals = {
          articles: byType.article ?? 0,
          episodes: byType.episode ?? 0,
          pledges: byType.pledge ?? 0,
        };
        return {
          campaign: { documentId: campaign.documentId, slug: campaign.slug, name: campaign.name },
          totals: { ...totals, total: totals.articles + totals.episodes + totals.pledges },
          asOf: new Date().toISOString(),
        };
      });
    },

    /** Campaigns for the admin picker, each with its totals (two queries in all). */
    async listCampaigns(): Promise<CampaignListResponse['data']> {
      const campaigns = await getService('campaigns', { strapi }).list();
      const counts = await readers().ledger.countsByCampaign();
      return campaigns.map((c) => {
        const of = (type: string) =>
          counts.find((r) => r.campaign === c.documentId && r.type === type)?.count ?? 0;
        const totals = { articles: of('article'), episodes: of('episode'), pledges: of('pledge') };
        return {
          documentId: c.documentId,
          slug: c.slug,
          name: c.name,
          startDate: c.startDate,
          endDate: c.endDate,
          totals: { ...totals, total: totals.articles + totals.episodes + totals.pledges },
        };
      });
    },
  };
};

export type TallyService = ReturnType<typeof createTallyService>;
