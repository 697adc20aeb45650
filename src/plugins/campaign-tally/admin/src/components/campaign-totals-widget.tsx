import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';

import { PLUGIN_ID, type CampaignListResponse } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { REFETCH_AFTER_SECONDS, useGetCampaignsQuery } from '../services/tally-api';
import { sortCampaignsForWidget, type CampaignStatus } from '../utils/campaign-status';
import { toLocalDateString } from '../utils/local-date';

const BADGE: Record<CampaignStatus, 'success' | 'secondary' | 'neutral'> = {
  active: 'success',
  upcoming: 'secondary',
  ended: 'neutral',
};

const CampaignLink = styled(Link)`
  display: block;
  text-decoration: none;
  border-radius: 4px;
  &:hover > div,
  &:focus-visible > div {
    border-color: ${({ theme }) => theme.colors.primary600};
    background: ${({ theme }) => theme.colors.primary100};
  }
`;

type Totals = CampaignListResponse['data'][number]['totals'];

const TotalsRow = ({ totals }: { totals: Totals }) => {
  const { t, formatNumber } = useTallyMessages();
  const items = [
    ['articles', 'primary600'],
    ['episodes', 'alternative600'],
    ['pledges', 'warning600'],
    ['total', 'success600'],
  ] as const;
  return (
    <Flex gap={6}>
      {items.map(([key, color]) => (
        <Flex key={key} direction="column" alignItems="flex-start">
          <Typography variant="beta" tag="span" textColor={color}>
            {formatNumber(totals[key])}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t(`totals.${key}`)}
          </Typography>
        </Flex>
      ))}
    </Flex>
  );
};

/** Homepage widget: each campaign's published totals, running campaigns first. */
export const CampaignTotalsWidget = () => {
  const { t } = useTallyMessages();
  // The same cached query as the page's campaign picker: opening the page after the widget
  // shows the campaigns at once.
  const campaigns = useGetCampaignsQuery(undefined, {
    refetchOnMountOrArgChange: REFETCH_AFTER_SECONDS,
  });

  if (campaigns.isLoading) return <Widget.Loading>{t('widget.loading')}</Widget.Loading>;
  if (campaigns.error || !campaigns.data) return <Widget.Error>{t('widget.error')}</Widget.Error>;
  if (campaigns.data.length === 0) return <Widget.NoData>{t('widget.empty')}</Widget.NoData>;

  const items = sortCampaignsForWidget(campaigns.data, toLocalDateString(new Date())).slice(0, 4);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="tally-widget">
      {items.map(({ campaign, status }) => (
        <CampaignLink
          key={campaign.slug}
          to={`/plugins/${PLUGIN_ID}?campaign=${encodeURIComponent(campaign.slug)}`}
        >
          <Box padding={4} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
            <Flex justifyContent="space-between" alignItems="flex-start" gap={2} paddingBottom={3}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="omega" fontWeight="bold" textColor="neutral800">
                  {campaign.name}
                </Typography>
                {campaign.startDate || campaign.endDate ? (
                  <Typography variant="pi" textColor="neutral500">
                    {`${campaign.startDate?.slice(0, 10) ?? '…'} – ${campaign.endDate?.slice(0, 10) ?? '…'}`}
                  </Typography>
                ) : null}
              </Flex>
              <Badge variant={BADGE[status]}>{t(`widget.${status}`)}</Badge>
            </Flex>
            <TotalsRow totals={campaign.totals} />
          </Box>
        </CampaignLink>
      ))}
    </Flex>
  );
};
