import { Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';

import type { Dimension, Period } from '../../../shared/contracts';
import type { BreakdownDimension, useTallyData } from '../hooks/use-tally-data';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { toBreakdownBars } from '../utils/breakdown-rows';
import { pivotPeriodRows } from '../utils/pivot-period-rows';
import { BreakdownChart } from './breakdown-chart';
import { DepartmentCoverageTable } from './department-coverage-table';
import { OutcomeMetrics } from './outcome-metrics';
import { PeriodChart } from './period-chart';
import { QueryBlock } from './query-block';
import { SectionCard } from './section-card';
import { SummaryPanel } from './summary-panel';
import { TallyRowsTable } from './tally-rows-table';
import { TotalsCards } from './totals-cards';

interface TallyReportProps {
  data: ReturnType<typeof useTallyData>;
  dimensions: Dimension[];
  period: Period;
  breakdown: BreakdownDimension;
  onBreakdownChange: (dimension: BreakdownDimension) => void;
}

/** Everything shown once the main tally has loaded: totals, charts, summary and tables. */
export const TallyReport = ({
  data,
  dimensions,
  period,
  breakdown,
  onBreakdownChange,
}: TallyReportProps) => {
  const { t } = useTallyMessages();
  const main = data.rows.data!.data;
  const missing = data.coverage.data?.data.rows.filter((row) => row.count === 0).length ?? 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <TotalsCards totals={main.totals} />
      <OutcomeMetrics episodes={main.totals.episodeMetrics} pledges={main.totals.pledgeMetrics} />
      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('chart.period.title')}
            subtitle={`${t(`period.${period}`)} · ${t('chart.period.subtitle')}`}
          >
            <QueryBlock query={data.series} isEmpty={(d) => d.data.rows.length === 0}>
              {(d) => <PeriodChart points={pivotPeriodRows(d.data.rows)} />}
            </QueryBlock>
          </SectionCard>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('chart.breakdown.title', { dimension: t(`dimension.${breakdown}`) })}
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
              isEmpty={(d) => toBreakdownBars(d.data.rows, breakdown).length === 0}
            >
              {(d) => <BreakdownChart dimension={breakdown} rows={d.data.rows} />}
            </QueryBlock>
          </SectionCard>
        </Grid.Item>
      </Grid.Root>
      <SummaryPanel summary={data.summary} />
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('table.title')}
            subtitle={t('table.rows', { count: main.rows.length })}
          >
            {main.rows.length === 0 || dimensions.length === 0 ? (
              <Typography textColor="neutral600">{t('table.empty')}</Typography>
            ) : (
              <TallyRowsTable dimensions={dimensions} rows={main.rows} />
            )}
          </SectionCard>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SectionCard
            title={t('coverage.title')}
            subtitle={
              data.coverage.data
                ? t('coverage.subtitle', { missing, total: data.coverage.data.data.rows.length })
                : undefined
            }
          >
            <QueryBlock query={data.coverage} isEmpty={(d) => d.data.rows.length === 0}>
              {(d) => <DepartmentCoverageTable rows={d.data.rows} />}
            </QueryBlock>
          </SectionCard>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};
