import type { Core, UID } from '@strapi/strapi';

/** Row ids of one draft & publish document: its draft row and its published row. */
export interface VersionIds {
  documentId: string;
  draft: number;
  published: number;
}

export interface Structure {
  campaigns: Array<VersionIds & { slug: string; name: string }>;
  columns: VersionIds[];
  departments: Array<{ documentId: string; id: number }>;
}

const UIDS = {
  campaign: 'api::campaign.campaign',
  column: 'api::special-column.special-column',
  department: 'api::department.department',
} as const satisfies Record<string, UID.ContentType>;
const OUTLETS = ['app', 'tv', 'newspaper'] as const;
const PLACEMENTS = ['headline', 'key-programme', 'prominent'] as const;

async function versionIds(
  strapi: Core.Strapi,
  uid: (typeof UIDS)[keyof typeof UIDS],
  documentId: string
): Promise<VersionIds> {
  const table = strapi.db.metadata.get(uid).tableName;
  const rows = (await strapi.db
    .connection(table)
    .select('id', 'published_at')
    .where({ document_id: documentId })) as Array<{
    id: number;
    published_at: unknown;
  }>;
  const draft = rows.find((r) => r.published_at === null);
  const published = rows.find((r) => r.published_at !== null);
  if (!draft || !published) throw new Error(`bench: ${uid} ${documentId} is not published`);
  return { documentId, draft: draft.id, published: published.id };
}

/**
 * Campaigns, their columns and the departments, made through the Document Service so that slugs,
 * rules and the ledger middleware run as for an editor. Only the bulk items skip that path.
 */
export async function createStructure(
  strapi: Core.Strapi,
  campaignCount: number,
  columnsPerCampaign: number,
  departmentCount: number
): Promise<Structure> {
  const departments: Structure['departments'] = [];
  for (let i = 0; i < departmentCount; i += 1) {
    const kind = i < departmentCount * 0.75 ? 'district-department' : i % 2 ? 'town' : 'street';
    const label = kind === 'district-department' ? '区直部门' : kind === 'town' ? '镇' : '街道';
    const created = await strapi.documents(UIDS.department).create({
      data: { name: `压测${label}${i + 1}`, kind, sortOrder: i },
    });
    const row = await strapi.db
      .connection(strapi.db.metadata.get(UIDS.department).tableName)
      .first('id')
      .where({ document_id: created.documentId });
    departments.push({ documentId: created.documentId, id: (row as { id: number }).id });
  }
  const campaigns: Structure['campaigns'] = [];
  const columns: VersionIds[] = [];
  for (let c = 0; c < campaignCount; c += 1) {
    const name = `营商环境压测${c + 1}`;
    const campaign = await strapi.documents(UIDS.campaign).create({
      data: { name, startDate: '2024-07-01', endDate: '2026-06-30' },
    });
    await strapi.documents(UIDS.campaign).publish({ documentId: campaign.documentId });
    campaigns.push({
      ...(await versionIds(strapi, UIDS.campaign, campaign.documentId)),
      slug: String(campaign.slug),
      name,
    });
    for (let k = 0; k < columnsPerCampaign; k += 1) {
      const column = await strapi.documents(UIDS.column).create({
        data: {
          name: `${name}专栏${k + 1}`,
          outlet: OUTLETS[k % 3],
          placement: PLACEMENTS[k % 3],
          campaign: campaign.documentId,
        },
      });
      await strapi.documents(UIDS.column).publish({ documentId: column.documentId });
      columns.push(await versionIds(strapi, UIDS.column, column.documentId));
    }
  }
  return { campaigns, columns, departments };
}
