import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';

import { useTallyMessages } from '../hooks/use-tally-messages';
import type { QueryState } from '../services/tally-api';
import { RequestError } from './request-error';

interface QueryBlockProps<T> {
  query: QueryState<T>;
  isEmpty: (data: T) => boolean;
  children: (data: T) => React.ReactNode;
}

/** Renders one request's loading, error, empty or loaded state inside a section. */
export const QueryBlock = <T,>({ query, isEmpty, children }: QueryBlockProps<T>) => {
  const { t } = useTallyMessages();
  if (query.error) return <RequestError error={query.error} onRetry={query.refetch} />;
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
