import { Grid } from '@strapi/design-system';

import type { EpisodeMetrics, PledgeMetrics } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { MetricList } from './metric-list';
import { SectionCard } from './section-card';

interface OutcomeMetricsProps {
  episodes: EpisodeMetrics;
  pledges: PledgeMetrics;
}

/** What the episodes and pledges led to: problems rectified, pledge items fulfilled. */
export const OutcomeMetrics = ({ episodes, pledges }: OutcomeMetricsProps) => {
  const { t, formatNumber } = useTallyMessages();
  const fulfilledRate =
    pledges.itemsPledged > 0 ? pledges.itemsFulfilled / pledges.itemsPledged : null;

  return (
    <Grid.Root gap={4}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <SectionCard title={t('episodes.title')}>
          <MetricList
            metrics={[
              {
                label: t('episodes.raised'),
                value: formatNumber(episodes.problemsRaised),
                testId: 'tally-problems-raised',
              },
              { label: t('episodes.open'), value: formatNumber(episodes.problemsOpen) },
              { label: t('episodes.rectifying'), value: formatNumber(episodes.problemsRectifying) },
              { label: t('episodes.resolved'), value: formatNumber(episodes.problemsResolved) },
            ]}
            rate={{
              label: t('episodes.rate'),
              value: episodes.resolutionRate,
              emptyText: t('episodes.rate.none'),
            }}
          />
        </SectionCard>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <SectionCard title={t('pledges.title')}>
          <MetricList
            metrics={[
              {
                label: t('pledges.departments'),
                value: t('pledges.departments.value', {
                  pledged: pledges.departmentsPledged,
                  total: pledges.departmentsTotal,
                }),
                testId: 'tally-departments-pledged',
              },
              { label: t('pledges.items'), value: formatNumber(pledges.itemsPledged) },
              { label: t('pledges.fulfilled'), value: formatNumber(pledges.itemsFulfilled) },
            ]}
            rate={{ label: t('pledges.rate'), value: fulfilledRate, emptyText: '—' }}
          />
        </SectionCard>
      </Grid.Item>
    </Grid.Root>
  );
};
