import { Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';

import type { Dimension, TallyResponse } from '../../../shared/contracts';
import type { useTallyData } from '../hooks/use-tally-data';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { toBreakdownBars } from '../utils/breakdown-rows';
import type { BreakdownDimension } from '../utils/filter-params';
import { pivotPeriodRows } from '../utils/pivot-period-rows';
import { BreakdownChart } from './breakdown-chart';
import { DepartmentCoverageTable } from './department-coverage-table';
import { OutcomeMetrics } from './outcome-metrics';
import { PeriodChart } from './period-chart';
import { QueryBlock } from './query-block';
import { ReviewMetricsCard } from './review-metrics';
import { SectionCard } from './section-card';
import { SummaryPanel } from './summary-panel';
import { TallyRowsTable } from './tally-rows-table';
import { TotalsCards } from './totals-cards';

interface TallyReportProps {
  data: ReturnType<typeof useTallyData>;
  /** The main tally's answer: its rows were computed for its own params.groupBy. */
  main: TallyResponse['data'];
  breakdown: BreakdownDimension;
  onBreakdownChange: (dimension: BreakdownDimension) => void;
}

const firstDimension = (response: TallyResponse['data']): Dimension | undefined =>
  response.params.groupBy[0];

/** Everything shown once the main tally has loaded: totals, charts, summary and tables. */
export const TallyReport = ({ data, main, breakdown, onBreakdownChange }: TallyReportProps) => {
  const { t } = useTallyMessages();
  // The 未关联部门 row (department null) counts items without a department; it is not one.
  const departments = data.coverage.data?.rows.filter((row) => row.department !== null) ?? [];
  const missing = departments.filter((row) => row.count === 0).length;
  const seriesPeriod = data.series.data?.params.period ?? main.params.period;
  const shownBreakdown =
    (data.byBreakdown.data && firstDimension(data.byBreakdown.data)) ?? breakdown;
  const groupBy = main.params.groupBy;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <TotalsCards totals={main.totals} />
      <OutcomeMetrics episodes={main.totals.episodeMetrics} pledges={main.totals.pledgeMetrics} />
      {main.totals.reviewMetrics ? <ReviewMetricsCard review={main.totals.reviewMetrics} /> : null}
      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('chart.period.title')}
            subtitle={`${t(`period.${seriesPeriod}`)} · ${t('chart.period.subtitle')}`}
          >
            <QueryBlock query={data.series} isEmpty={(d) => d.rows.length === 0}>
              {(d) => <PeriodChart points={pivotPeriodRows(d.rows)} />}
            </QueryBlock>
          </SectionCard>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('chart.breakdown.title', { dimension: t(`dimension.${shownBreakdown}`) })}
            subtitle={t('chart.breakdown.subtitle')}
            actions={
              <SingleSelect
                size="S"
                aria-label={t('chart.breakdown.by')}
                value={breakdown}
                onChange={(value) => onBreakdownChange(value === 'column' ? 'column' : 'format')}
              >
                <SingleSelectOption value="format">{t('dimension.format')}</SingleSelectOption>
                <SingleSelectOption value="column">{t('dimension.column')}</SingleSelectOption>
              </SingleSelect>
            }
          >
            <QueryBlock
              query={data.byBreakdown}
              isEmpty={(d) => toBreakdownBars(d.rows, firstDimension(d) ?? breakdown).length === 0}
            >
              {(d) => <BreakdownChart dimension={firstDimension(d) ?? breakdown} rows={d.rows} />}
            </QueryBlock>
          </SectionCard>
        </Grid.Item>
      </Grid.Root>
      <SummaryPanel summary={data.summary} />
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('table.title')}
            subtitle={
              <span data-testid="tally-rows-count" data-busy={data.rows.isFetching || undefined}>
                {t('table.rows', { count: main.rows.length })}
              </span>
            }
          >
            {main.rows.length === 0 || groupBy.length === 0 ? (
              <Typography textColor="neutral600">{t('table.empty')}</Typography>
            ) : (
              // A new grouping is a new table: nothing of the previous one is reused.
              <TallyRowsTable key={groupBy.join(',')} groupBy={groupBy} rows={main.rows} />
            )}
          </SectionCard>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('coverage.title')}
            subtitle={
              data.coverage.data
                ? t('coverage.subtitle', { missing, total: departments.length })
                : undefined
            }
          >
            <QueryBlock query={data.coverage} isEmpty={(d) => d.rows.length === 0}>
              {(d) => <DepartmentCoverageTable rows={d.rows} />}
            </QueryBlock>
          </SectionCard>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};
