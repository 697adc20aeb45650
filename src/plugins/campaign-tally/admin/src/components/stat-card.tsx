import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

interface StatCardProps {
  label: string;
  value: React.ReactNode;
  unit?: string;
  icon?: React.ReactNode;
  accent?: 'primary600' | 'success600' | 'warning600' | 'alternative600' | 'secondary600';
  testId?: string;
}

/** One headline number with its label and unit. */
export const StatCard = ({
  label,
  value,
  unit,
  icon,
  accent = 'primary600',
  testId,
}: StatCardProps) => (
  <Box
    background="neutral0"
    hasRadius
    shadow="tableShadow"
    padding={5}
    height="100%"
    data-testid={testId}
  >
    <Flex gap={4} alignItems="center">
      {icon ? (
        <Flex
          background={accent.replace('600', '100') as 'primary100'}
          color={accent}
          hasRadius
          width="4.8rem"
          height="4.8rem"
          justifyContent="center"
          shrink={0}
        >
          {icon}
        </Flex>
      ) : null}
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="sigma" textColor="neutral600">
          {label}
        </Typography>
        <Flex alignItems="baseline" gap={1}>
          <Typography
            variant="alpha"
            tag="span"
            textColor={accent}
            data-testid={testId && `${testId}-value`}
          >
            {value}
          </Typography>
          {unit ? (
            <Typography variant="omega" textColor="neutral600">
              {unit}
            </Typography>
          ) : null}
        </Flex>
      </Flex>
    </Flex>
  </Box>
);
