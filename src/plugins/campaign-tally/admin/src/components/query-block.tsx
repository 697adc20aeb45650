import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';

import type { AdminGetState } from '../hooks/use-admin-get';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { RequestError } from './request-error';

interface QueryBlockProps<T> {
  query: AdminGetState<T>;
  isEmpty: (data: T) => boolean;
  children: (data: T) => React.ReactNode;
}

/** Renders one request's loading, error, empty or loaded state inside a section. */
export const QueryBlock = <T,>({ query, isEmpty, children }: QueryBlockProps<T>) => {
  const { t } = useTallyMessages();
  if (query.error) return <RequestError error={query.error} onRetry={query.retry} />;
  if (!query.data) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader small>{t('state.loading')}</Loader>
      </Flex>
    );
  }
  if (isEmpty(query.data)) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Typography textColor="neutral600">{t('chart.empty')}</Typography>
      </Flex>
    );
  }
  return <>{children(query.data)}</>;
};
