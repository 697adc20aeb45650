import { Badge, Box, IconButton, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { Widget } from '@strapi/strapi/admin';
import { Link, useNavigate } from 'react-router-dom';

import { PLUGIN_ID, type CampaignListResponse } from '../../../shared/contracts';
import { useAdminGet } from '../hooks/use-admin-get';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { sortCampaignsForWidget, type CampaignStatus } from '../utils/campaign-status';
import { toLocalDateString } from '../utils/local-date';
import { campaignsUrl } from '../utils/tally-urls';

const BADGE: Record<CampaignStatus, 'success' | 'secondary' | 'neutral'> = {
  active: 'success',
  upcoming: 'secondary',
  ended: 'neutral',
};

/** Homepage widget: each campaign's published totals, running campaigns first. */
export const CampaignTotalsWidget = () => {
  const { t, formatNumber } = useTallyMessages();
  const navigate = useNavigate();
  const campaigns = useAdminGet<CampaignListResponse>(campaignsUrl());

  if (campaigns.isLoading) return <Widget.Loading>{t('widget.loading')}</Widget.Loading>;
  if (campaigns.error || !campaigns.data) return <Widget.Error>{t('widget.error')}</Widget.Error>;
  if (campaigns.data.data.length === 0) return <Widget.NoData>{t('widget.empty')}</Widget.NoData>;

  const items = sortCampaignsForWidget(campaigns.data.data, toLocalDateString(new Date())).slice(
    0,
    5
  );
  const pageUrl = (slug: string) => `/plugins/${PLUGIN_ID}?campaign=${encodeURIComponent(slug)}`;

  return (
    <Table colCount={3} rowCount={items.length} data-testid="tally-widget">
      <Tbody>
        {items.map(({ campaign, status }) => (
          <Tr key={campaign.slug} cursor="pointer" onClick={() => navigate(pageUrl(campaign.slug))}>
            <Td>
              <Typography variant="omega" fontWeight="bold" textColor="neutral800" ellipsis tag="p">
                {campaign.name}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {[
                  `${t('totals.articles')} ${formatNumber(campaign.totals.articles)}`,
                  `${t('totals.episodes')} ${formatNumber(campaign.totals.episodes)}`,
                  `${t('totals.pledges')} ${formatNumber(campaign.totals.pledges)}`,
                ].join(' · ')}
              </Typography>
            </Td>
            <Td>
              <Badge variant={BADGE[status]}>{t(`widget.${status}`)}</Badge>
            </Td>
            <Td onClick={(e) => e.stopPropagation()}>
              <Box display="inline-block">
                <IconButton
                  tag={Link}
                  to={pageUrl(campaign.slug)}
                  label={t('widget.open')}
                  variant="ghost"
                >
                  <ArrowRight />
                </IconButton>
              </Box>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
