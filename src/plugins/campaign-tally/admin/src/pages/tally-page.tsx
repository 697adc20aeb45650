import * as React from 'react';
import { Box, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';

import { AssessmentPanel } from '../components/assessment-panel';
import { monthsBetween } from '../utils/months';
import { ExportButtons } from '../components/export-buttons';
import { RequestError } from '../components/request-error';
import { TallyFilters } from '../components/tally-filters';
import { TallyReport } from '../components/tally-report';
import { useExportDownload } from '../hooks/use-export-download';
import { useFilterState } from '../hooks/use-filter-state';
import { useTallyData } from '../hooks/use-tally-data';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { PERMISSIONS } from '../permissions';
import { REFETCH_AFTER_SECONDS, useGetCampaignsQuery } from '../services/tally-api';

const Centered = ({ children }: { children: React.ReactNode }) => (
  <Flex justifyContent="center" padding={11}>
    {children}
  </Flex>
);

/** /admin/plugins/campaign-tally: counts, charts, summary and exports for one campaign. */
export const TallyPage = () => {
  const { t } = useTallyMessages();
  const campaigns = useGetCampaignsQuery(undefined, {
    refetchOnMountOrArgChange: REFETCH_AFTER_SECONDS,
  });
  const { values, update, filters } = useFilterState(campaigns.data);
  const data = useTallyData(filters, values.dimensions, values.breakdown);
  // While a new grouping or period loads, the previous answer for the same campaign stays on
  // screen (rendered by its own params); another campaign's numbers never do.
  const main =
    data.rows.data && data.rows.data.params.campaign === filters?.campaign
      ? data.rows.data
      : undefined;
  const { allowedActions } = useRBAC(PERMISSIONS.export);
  const { allowedActions: assessRights } = useRBAC(PERMISSIONS.assess);
  const shown = campaigns.data?.find((c) => c.slug === filters?.campaign);
  const campaignMonths = React.useMemo(
    () => monthsBetween(shown?.startDate ?? null, shown?.endDate ?? null),
    [shown?.startDate, shown?.endDate]
  );
  const { download, pending } = useExportDownload(filters, values.dimensions);

  const body = () => {
    if (campaigns.isLoading && !campaigns.data)
      return (
        <Centered>
          <Loader>{t('state.loading')}</Loader>
        </Centered>
      );
    if (campaigns.error)
      return <RequestError error={campaigns.error} onRetry={campaigns.refetch} />;
    if (campaigns.data?.length === 0) {
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
    if (!main)
      return (
        <Centered>
          <Loader>{t('state.loading')}</Loader>
        </Centered>
      );
    return (
      <TallyReport
        data={data}
        main={main}
        breakdown={values.breakdown}
        onBreakdownChange={(breakdown) => update({ breakdown })}
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
            <ExportButtons disabled={!main} pending={pending} onExport={download} />
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={10}>
          <TallyFilters campaigns={campaigns.data ?? []} values={values} onChange={update} />
          <Box>{body()}</Box>
          <Typography variant="pi" textColor="neutral500">
            {main?.rule ?? t('page.rule-hint')}
          </Typography>
          {assessRights.canAssess ? <AssessmentPanel campaignMonths={campaignMonths} /> : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
