import type { CampaignListResponse } from '../../../shared/contracts';

export type CampaignStatus = 'active' | 'upcoming' | 'ended';

type Campaign = CampaignListResponse['data'][number];

/** Where today falls in the campaign's dates; a campaign without dates counts as running. */
export const getCampaignStatus = (campaign: Campaign, today: string): CampaignStatus => {
  if (campaign.startDate && today < campaign.startDate.slice(0, 10)) return 'upcoming';
  if (campaign.endDate && today > campaign.endDate.slice(0, 10)) return 'ended';
  return 'active';
};

const ORDER: Record<CampaignStatus, number> = { active: 0, upcoming: 1, ended: 2 };

/** Running campaigns first, then upcoming, then ended ones, latest start first within each. */
export const sortCampaignsForWidget = (campaigns: Campaign[], today: string) =>
  campaigns
    .map((campaign) => ({ campaign, status: getCampaignStatus(campaign, today) }))
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (b.campaign.startDate ?? '').localeCompare(a.campaign.startDate ?? '')
    );
