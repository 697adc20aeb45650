import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { formatRate } from '../../../shared/labels';

export interface Metric {
  label: string;
  value: React.ReactNode;
  testId?: string;
}

interface MetricListProps {
  metrics: Metric[];
  /** `warning` for a rate that is better low (退回率): the bar is amber, not green. */
  rate?: { label: string; value: number | null; emptyText: string; tone?: 'success' | 'warning' };
}

/** A row of small labelled numbers, with an optional rate shown as a progress bar. */
export const MetricList = ({ metrics, rate }: MetricListProps) => (
  <Flex direction="column" alignItems="stretch" gap={5}>
    <Flex gap={6} wrap="wrap">
      {metrics.map((metric) => (
        <Flex
          key={metric.label}
          direction="column"
          alignItems="flex-start"
          gap={1}
          data-testid={metric.testId}
        >
          <Typography variant="pi" textColor="neutral600">
            {metric.label}
          </Typography>
          <Typography variant="beta" tag="span">
            {metric.value}
          </Typography>
        </Flex>
      ))}
    </Flex>
    {rate ? (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex justifyContent="space-between">
          <Typography variant="pi" textColor="neutral600">
            {rate.label}
          </Typography>
          <Typography variant="omega" fontWeight="bold">
            {rate.value === null ? rate.emptyText : formatRate(rate.value)}
          </Typography>
        </Flex>
        <Box background="neutral150" hasRadius height="0.8rem" overflow="hidden">
          <Box
            background={rate.tone === 'warning' ? 'warning500' : 'success500'}
            height="100%"
            width={`${Math.min(100, Math.round((rate.value ?? 0) * 100))}%`}
          />
        </Box>
      </Flex>
    ) : null}
  </Flex>
);
