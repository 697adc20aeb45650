import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

interface SectionCardProps {
  title: string;
  subtitle?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
}

/** The white, rounded panel every block of the page sits in. */
export const SectionCard = ({ title, subtitle, actions, children }: SectionCardProps) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} height="100%">
    <Flex justifyContent="space-between" alignItems="flex-start" gap={4} paddingBottom={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {subtitle ? (
          <Typography variant="pi" textColor="neutral600">
            {subtitle}
          </Typography>
        ) : null}
      </Flex>
      {actions}
    </Flex>
    {children}
  </Box>
);
