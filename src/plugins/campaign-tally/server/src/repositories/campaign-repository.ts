import type { Core } from '@strapi/strapi';
import { CAMPAIGN_UID } from '../../../shared/tallied-types';

/** A campaign row as the plugin reads it (draft or published version). */
export interface CampaignRow {
  documentId: string;
  slug: string;
  name: string;
  startDate?: string | null;
  endDate?: string | null;
  publishedAt?: unknown;
  phases?: Array<{ name: string; startDate: string; endDate: string }>;
}

const FIELDS = ['documentId', 'slug', 'name', 'startDate', 'endDate', 'publishedAt'] as const;

/** Campaign rows through Strapi's Query Engine: draft and published versions both. */
export function createCampaignRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query(CAMPAIGN_UID);
  return {
    /** The rows with this slug, with their phases; published only when asked. */
    async findBySlug(slug: string, publishedOnly: boolean): Promise<CampaignRow[]> {
      return (await query().findMany({
        where: { slug, ...(publishedOnly ? { publishedAt: { $notNull: true } } : {}) },
        select: [...FIELDS],
        populate: { phases: true },
      })) as CampaignRow[];
    },

    /** Every campaign row, newest campaigns first. */
    async findAll(): Promise<CampaignRow[]> {
      return (await query().findMany({
        select: [...FIELDS],
        orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
      })) as CampaignRow[];
    },
  };
}

export type CampaignRepository = ReturnType<typeof createCampaignRepository>;
