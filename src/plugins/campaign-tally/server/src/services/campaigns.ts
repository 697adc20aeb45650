import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CampaignRef } from '../../../shared/contracts';
import { createRepositories } from '../repositories';
import type { CampaignRow } from '../repositories/campaign-repository';
import type { Phase } from '../repositories/ledger-reader';

export interface CampaignRecord extends CampaignRef {
  startDate: string | null;
  endDate: string | null;
  phases: Phase[];
  published: boolean;
}

const asDay = (value: unknown) => (value ? String(value).slice(0, 10) : null);

const toRecord = (row: CampaignRow): CampaignRecord => ({
  documentId: row.documentId,
  slug: row.slug,
  name: row.name,
  startDate: asDay(row.startDate),
  endDate: asDay(row.endDate),
  published: Boolean(row.publishedAt),
  phases: [...(row.phases ?? [])]
    .filter((p) => p.startDate && p.endDate)
    .map((p) => ({ name: p.name, startDate: asDay(p.startDate)!, endDate: asDay(p.endDate)! }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate)),
});

/** Looks campaigns up by slug, one document each, the published version preferred. */
export const createCampaignsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const campaigns = () => createRepositories({ strapi }).campaigns;

  return {
    /** The campaign with this slug; admins see draft-only campaigns, the public only published ones. */
    async findBySlug(
      slug: string,
      opts: { publishedOnly?: boolean } = {}
    ): Promise<CampaignRecord> {
      const rows = await campaigns().findBySlug(slug, Boolean(opts.publishedOnly));
      const row = rows.find((r) => r.publishedAt) ?? rows[0];
      if (!row) throw new errors.NotFoundError(`campaign "${slug}" not found`);
      return toRecord(row);
    },

    /** Every campaign, one row per document (the published version where there is one). */
    async list(): Promise<CampaignRecord[]> {
      const byDocument = new Map<string, CampaignRow>();
      for (const row of await campaigns().findAll()) {
        const seen = byDocument.get(row.documentId);
        if (!seen || (!seen.publishedAt && row.publishedAt)) byDocument.set(row.documentId, row);
      }
      return [...byDocument.values()].map(toRecord);
    },
  };
};

export type CampaignsService = ReturnType<typeof createCampaignsService>;
