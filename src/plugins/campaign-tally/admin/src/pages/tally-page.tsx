import * as React from 'react';
import { Box, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';

import type { CampaignListResponse } from '../../../shared/contracts';
import { ExportButtons } from '../components/export-buttons';
import { RequestError } from '../components/request-error';
import { TallyFilters } from '../components/tally-filters';
import { TallyReport } from '../components/tally-report';
import { useAdminGet } from '../hooks/use-admin-get';
import { useExportDownload } from '../hooks/use-export-download';
import { useFilterState } from '../hooks/use-filter-state';
import { useTallyData, type BreakdownDimension } from '../hooks/use-tally-data';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { PERMISSIONS } from '../permissions';
import { campaignsUrl } from '../utils/tally-urls';

const Centered = ({ children }: { children: React.ReactNode }) => (
  <Flex justifyContent="center" padding={11}>
    {children}
  </Flex>
);

/** /admin/plugins/campaign-tally: counts, charts, summary and exports for one campaign. */
export const TallyPage = () => {
  const { t } = useTallyMessages();
  const campaigns = useAdminGet<CampaignListResponse>(campaignsUrl());
  const { values, update, filters } = useFilterState(campaigns.data?.data);
  const [breakdown, setBreakdown] = React.useState<BreakdownDimension>('format');
  const data = useTallyData(filters, values.dimensions, breakdown);
  const { allowedActions } = useRBAC(PERMISSIONS.export);
  const { download, pending } = useExportDownload(filters, values.dimensions);

  const body = () => {
    if (campaigns.isLoading && !campaigns.data)
      return (
        <Centered>
          <Loader>{t('state.loading')}</Loader>
        </Centered>
      );
    if (campaigns.error) return <RequestError error={campaigns.error} onRetry={campaigns.retry} />;
    if (campaigns.data?.data.length === 0) {
      return (
        <EmptyStateLayout
          icon={<EmptyDocuments width="16rem" />}
          content={t('state.no-campaigns')}
          data-testid="tally-empty"
        />
      );
    }
    if (!filters) {
      return (
        <EmptyStateLayout
          icon={<EmptyDocuments width="16rem" />}
          content={t('state.pick-campaign')}
        />
      );
    }
    if (data.rows.error) return <RequestError error={data.rows.error} onRetry={data.retryAll} />;
    if (!data.rows.data)
      return (
        <Centered>
          <Loader>{t('state.loading')}</Loader>
        </Centered>
      );
    return (
      <TallyReport
        data={data}
        dimensions={values.dimensions}
        period={values.period}
        breakdown={breakdown}
        onBreakdownChange={setBreakdown}
      />
    );
  };

  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header
        title={t('page.title')}
        subtitle={t('page.subtitle')}
        primaryAction={
          allowedActions.canExport ? (
            <ExportButtons disabled={!data.rows.data} pending={pending} onExport={download} />
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={10}>
          <TallyFilters campaigns={campaigns.data?.data ?? []} values={values} onChange={update} />
          <Box>{body()}</Box>
          <Typography variant="pi" textColor="neutral500">
            {data.rows.data?.data.rule ?? t('page.rule-hint')}
          </Typography>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
