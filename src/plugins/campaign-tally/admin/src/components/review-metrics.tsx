import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { ReviewMetrics } from '../../../shared/contracts';
import { formatDuration, formatRate } from '../../../shared/labels';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { MetricList } from './metric-list';
import { SectionCard } from './section-card';

const dash = '—';

/** 三审: the review cycles submitted in the range, what became of them, and each level's share. */
export const ReviewMetricsCard = ({ review }: { review: ReviewMetrics }) => {
  const { t, formatNumber } = useTallyMessages();
  const duration = (seconds: number | null) => (seconds === null ? dash : formatDuration(seconds));
  const rate = (value: number | null) => (value === null ? dash : formatRate(value));
  const headers = [
    t('review.level'),
    t('review.level.approved'),
    t('review.level.rejected'),
    t('review.level.rate'),
    t('review.level.wait'),
  ];

  return (
    <SectionCard title={t('review.title')} subtitle={t('review.subtitle')}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <MetricList
          metrics={[
            {
              label: t('review.submitted'),
              value: formatNumber(review.submitted),
              testId: 'tally-review-submitted',
            },
            {
              label: t('review.approved'),
              value: formatNumber(review.approved),
              testId: 'tally-review-approved',
            },
            {
              label: t('review.rejected'),
              value: formatNumber(review.rejected),
              testId: 'tally-review-rejected',
            },
            { label: t('review.pending'), value: formatNumber(review.pending) },
            { label: t('review.superseded'), value: formatNumber(review.superseded) },
            {
              label: t('review.median'),
              value: duration(review.medianSecondsToPublish),
              testId: 'tally-review-median',
            },
          ]}
          rate={{
            label: t('review.rate'),
            value: review.rejectionRate,
            emptyText: dash,
            tone: 'warning',
          }}
        />
        <Table colCount={headers.length} rowCount={review.levels.length + 1}>
          <Thead>
            <Tr>
              {headers.map((header) => (
                <Th key={header}>
                  <Typography variant="sigma">{header}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {review.levels.map((level) => (
              <Tr key={level.level} data-testid={`tally-review-level-${level.level}`}>
                <Td>
                  <Typography fontWeight="bold">{level.label}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(level.approved)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(level.rejected)}</Typography>
                </Td>
                <Td>
                  <Typography>{rate(level.rejectionRate)}</Typography>
                </Td>
                <Td>
                  <Typography>{duration(level.medianWaitSeconds)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Flex>
    </SectionCard>
  );
};
