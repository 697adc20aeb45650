import * as React from 'react';
import { Field, Flex, TextInput, Typography } from '@strapi/design-system';

import { DownloadButton } from '../components/download-button';
import { useReviewMessages } from '../messages';

const monthStart = () => {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return `${now.toISOString().slice(0, 7)}-01`;
};
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 签发单导出: the sheets of the versions published in a date range, as XLSX. */
export const SheetsPage = () => {
  const { t } = useReviewMessages();
  const [from, setFrom] = React.useState(monthStart());
  const [to, setTo] = React.useState(today());
  return (
    <Flex direction="column" gap={4} alignItems="stretch">
      <Typography textColor="neutral600">{t('sheets.subtitle')}</Typography>
      <Flex gap={4} alignItems="flex-end">
        <Field.Root name="from">
          <Field.Label>{t('audit.from')}</Field.Label>
          <TextInput
            value={from}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFrom(e.target.value)}
          />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>{t('audit.to')}</Field.Label>
          <TextInput
            value={to}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTo(e.target.value)}
          />
        </Field.Root>
        <DownloadButton
          path="sheets/export"
          params={{ from, to }}
          label={t('sheets.export')}
          fallbackName={`签发单-${from}至${to}.xlsx`}
        />
      </Flex>
    </Flex>
  );
};
