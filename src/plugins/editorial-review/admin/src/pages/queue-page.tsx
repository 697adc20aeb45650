import * as React from 'react';
import {
  Box,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Link } from 'react-router-dom';

import type { QueueItem } from '../../../shared/contracts';
import { getApiErrorMessage } from '../../../../campaign-tally/admin/src/utils/api-error-message';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';
import { beijingTime, waitingText } from '../utils/times';

export const TYPE_LABELS: Record<string, string> = {
  'api::article.article': '稿件',
  'api::episode.episode': '问政节目',
  'api::pledge.pledge': '部门承诺',
};

const WAITING = [
  ['', 'queue.waiting.any'],
  ['60', 'queue.waiting.hour'],
  ['1440', 'queue.waiting.day'],
  ['4320', 'queue.waiting.three'],
] as const;

/** 待我审核: the drafts waiting for a level the current admin may sign, oldest first. */
export const QueuePage = () => {
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const [contentType, setContentType] = React.useState('');
  const [waiting, setWaiting] = React.useState('');
  const [items, setItems] = React.useState<QueueItem[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    api.queue({ contentType: contentType || undefined, waitingMinutes: waiting || undefined }).then(
      (res) => setItems(res.data),
      (e) => setError(getApiErrorMessage(e))
    );
  }, [contentType, waiting]);

  return (
    <Flex direction="column" gap={4} alignItems="stretch">
      <Flex gap={4}>
        <Field.Root name="contentType">
          <Field.Label>{t('queue.type')}</Field.Label>
          <SingleSelect value={contentType} onChange={(v) => setContentType(String(v))}>
            <SingleSelectOption value="">{t('audit.any')}</SingleSelectOption>
            {Object.entries(TYPE_LABELS).map(([uid, label]) => (
              <SingleSelectOption key={uid} value={uid}>
                {label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="waiting">
          <Field.Label>{t('queue.waiting')}</Field.Label>
          <SingleSelect value={waiting} onChange={(v) => setWaiting(String(v))}>
            {WAITING.map(([value, key]) => (
              <SingleSelectOption key={value} value={value}>
                {t(key)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Flex>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {items && items.length === 0 ? (
        <Box padding={8} background="neutral0" hasRadius>
          <Typography textColor="neutral600">{t('queue.empty')}</Typography>
        </Box>
      ) : null}
      {items && items.length > 0 ? (
        <Table colCount={5} rowCount={items.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('queue.col.title')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('queue.type')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('queue.col.stage')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('queue.col.since')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('queue.col.waiting')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {items.map((item) => (
              <Tr key={`${item.contentType}-${item.documentId}`}>
                <Td>
                  <Link
                    to={`/content-manager/collection-types/${item.contentType}/${item.documentId}`}
                  >
                    {item.title ?? item.documentId}
                  </Link>
                </Td>
                <Td>
                  <Typography>{TYPE_LABELS[item.contentType] ?? item.contentType}</Typography>
                </Td>
                <Td>
                  <Typography>{item.stageLabel}</Typography>
                </Td>
                <Td>
                  <Typography>{beijingTime(item.stageSince)}</Typography>
                </Td>
                <Td>
                  <Typography>{waitingText(item.waitingMinutes)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
    </Flex>
  );
};
