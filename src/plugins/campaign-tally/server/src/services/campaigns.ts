import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CampaignRef } from '../../../shared/contracts';
import { pluginConfig } from '../plugin-config-access';
import type { Phase } from '../repositories/ledger-reader';

export interface CampaignRecord extends CampaignRef {
  startDate: string | null;
  endDate: string | null;
  phases: Phase[];
  published: boolean;
}

type Row = {
  documentId: string;
  slug: string;
  name: string;
  startDate?: string | null;
  endDate?: string | null;
  publishedAt?: unknown;
  phases?: Array<{ name: string; startDate: string; endDate: string }>;
};

const asDay = (value: unknown) => (value ? String(value).slice(0, 10) : null);

const toRecord = (row: Row): CampaignRecord => ({
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

/** Looks campaigns up by slug: one query each, the published version preferred. */
export const createCampaignsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(pluginConfig(strapi).campaignUid as never);

  return {
    /** The campaign with this slug; admins see draft-only campaigns, the public only published ones. */
    async findBySlug(
      slug: string,
      opts: { publishedOnly?: boolean } = {}
    ): Promise<CampaignRecord> {
      const rows = (await query().findMany({
        where: { slug, ...(opts.publishedOnly ? { publishedAt: { $notNull: true } } : {}) },
        select: ['documentId', 'slug', 'name', 'startDate', 'endDate', 'publishedAt'],
        populate: { phases: true },
      })) as Row[];
      const row = rows.find((r) => r.publishedAt) ?? rows[0];
      if (!row) throw new errors.NotFoundError(`campaign "${slug}" not found`);
      return toRecord(row);
    },

    /** Every campaign, one row per document (the published version where there is one). */
    async list(): Promise<CampaignRecord[]> {
      const rows = (await query().findMany({
        select: ['documentId', 'slug', 'name', 'startDate', 'endDate', 'publishedAt'],
        orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
      })) as Row[];
      const byDocument = new Map<string, Row>();
      for (const row of rows) {
        const seen = byDocument.get(row.documentId);
        if (!seen || (!seen.publishedAt && row.publishedAt)) byDocument.set(row.documentId, row);
      }
      return [...byDocument.values()].map(toRecord);
    },
  };
};

export type CampaignsService = ReturnType<typeof createCampaignsService>;
