import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';

import {
  AUDIT_ACTION_LABELS,
  ORIGIN_LABELS,
  type AuditAction,
  type Origin,
} from '../../../shared/constants';
import type { AuditRecord } from '../../../shared/contracts';
import { getApiErrorMessage } from '../../../../campaign-tally/admin/src/utils/api-error-message';
import { DownloadButton } from '../components/download-button';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';
import { beijingTime } from '../utils/times';
import { TYPE_LABELS } from './queue-page';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 操作日志: newest first, filtered by action, route and dates, paged by keyset, exported as CSV or XLSX. */
export const AuditPage = () => {
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const [action, setAction] = React.useState('');
  const [origin, setOrigin] = React.useState('');
  const [from, setFrom] = React.useState('');
  const [to, setTo] = React.useState('');
  const [pages, setPages] = React.useState<number[]>([]);
  const [rows, setRows] = React.useState<AuditRecord[]>([]);
  const [next, setNext] = React.useState<number | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const filters = {
    action: action || undefined,
    origin: origin || undefined,
    from: DAY.test(from) ? from : undefined,
    to: DAY.test(to) ? to : undefined,
  };
  const before = pages[pages.length - 1];
  React.useEffect(() => {
    api.audit({ ...filters, before, limit: 50 }).then(
      (res) => {
        setRows(res.data);
        setNext(res.meta.next);
        setError(null);
      },
      (e) => setError(getApiErrorMessage(e))
    );
  }, [action, origin, from, to, before]);
  const reset = (set: (v: string) => void) => (v: string) => {
    setPages([]);
    set(v);
  };

  return (
    <Flex direction="column" gap={4} alignItems="stretch">
      <Flex gap={4} wrap="wrap" alignItems="flex-end">
        <Field.Root name="action">
          <Field.Label>{t('audit.action')}</Field.Label>
          <SingleSelect value={action} onChange={(v) => reset(setAction)(String(v))}>
            <SingleSelectOption value="">{t('audit.any')}</SingleSelectOption>
            {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
              <SingleSelectOption key={value} value={value}>
                {label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="origin">
          <Field.Label>{t('audit.origin')}</Field.Label>
          <SingleSelect value={origin} onChange={(v) => reset(setOrigin)(String(v))}>
            <SingleSelectOption value="">{t('audit.any')}</SingleSelectOption>
            {Object.entries(ORIGIN_LABELS).map(([value, label]) => (
              <SingleSelectOption key={value} value={value}>
                {label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="from">
          <Field.Label>{t('audit.from')}</Field.Label>
          <TextInput
            placeholder="YYYY-MM-DD"
            value={from}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => reset(setFrom)(e.target.value)}
          />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>{t('audit.to')}</Field.Label>
          <TextInput
            placeholder="YYYY-MM-DD"
            value={to}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => reset(setTo)(e.target.value)}
          />
        </Field.Root>
        <DownloadButton
          path="audit/export"
          params={{ ...filters, format: 'csv' }}
          label={t('audit.csv')}
          fallbackName="操作日志.csv"
        />
        <DownloadButton
          path="audit/export"
          params={{ ...filters, format: 'xlsx' }}
          label={t('audit.xlsx')}
          fallbackName="操作日志.xlsx"
        />
      </Flex>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {rows.length === 0 && !error ? (
        <Box padding={8} background="neutral0" hasRadius>
          <Typography textColor="neutral600">{t('audit.empty')}</Typography>
        </Box>
      ) : null}
      {rows.length > 0 ? (
        <Table colCount={8} rowCount={rows.length + 1}>
          <Thead>
            <Tr>
              {(
                [
                  'audit.col.time',
                  'audit.col.user',
                  'audit.col.role',
                  'audit.origin',
                  'audit.action',
                  'audit.col.title',
                  'audit.col.fields',
                  'audit.col.detail',
                ] as const
              ).map((key) => (
                <Th key={key}>
                  <Typography variant="sigma">{t(key)}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.id}>
                <Td>
                  <Typography>{beijingTime(row.occurredAt)}</Typography>
                </Td>
                <Td>
                  <Typography>{row.userName ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>{row.roles ?? ''}</Typography>
                </Td>
                <Td>
                  <Typography>{ORIGIN_LABELS[row.origin as Origin] ?? row.origin}</Typography>
                </Td>
                <Td>
                  <Typography>
                    {AUDIT_ACTION_LABELS[row.action as AuditAction] ?? row.action}
                  </Typography>
                </Td>
                <Td>
                  <Typography>
                    {TYPE_LABELS[row.contentType ?? '']
                      ? `[${TYPE_LABELS[row.contentType ?? '']}] `
                      : ''}
                    {row.titleAfter ?? row.titleBefore ?? row.documentId ?? ''}
                    {row.titleBefore && row.titleAfter && row.titleBefore !== row.titleAfter
                      ? `（原：${row.titleBefore}）`
                      : ''}
                  </Typography>
                </Td>
                <Td>
                  <Typography>{row.fieldLabels.join('、')}</Typography>
                </Td>
                <Td>
                  <Typography>{row.detail ?? ''}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
      <Flex gap={2}>
        {pages.length > 0 ? (
          <Button variant="tertiary" onClick={() => setPages([])}>
            {t('audit.first')}
          </Button>
        ) : null}
        {next ? (
          <Button variant="secondary" onClick={() => setPages([...pages, next])}>
            {t('audit.more')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
};
