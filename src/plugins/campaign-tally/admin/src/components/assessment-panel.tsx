import * as React from 'react';
import {
  Box,
  Button,
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
import { FileCsv, FileXls } from '@strapi/icons';

import { PICKUP_LEVEL_LABELS } from '../../../shared/dimensions';
import { useFileDownload } from '../hooks/use-export-download';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { useGetAssessmentQuery } from '../services/tally-api';
import { QueryBlock } from './query-block';
import { SectionCard } from './section-card';
import { recentMonths } from '../utils/months';

const monthLabel = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
};

const assessmentUrl = (month: string, format: 'xlsx' | 'csv') =>
  `/campaign-tally/assessment?month=${encodeURIComponent(month)}&format=${format}`;

interface AssessmentPanelProps {
  /** Months of the campaign on screen, offered after the recent ones (an archive's months). */
  campaignMonths: string[];
}

/** 稿件考核: a month's points per reporter, and the 考核表 to download (all campaigns). */
export const AssessmentPanel = ({ campaignMonths }: AssessmentPanelProps) => {
  const { t, formatNumber } = useTallyMessages();
  const months = React.useMemo(
    () => [...new Set([...recentMonths(), ...campaignMonths])],
    [campaignMonths]
  );
  const [month, setMonth] = React.useState(months[0]);
  const query = useGetAssessmentQuery(month);
  const { download, pending } = useFileDownload<'xlsx' | 'csv'>();
  const levels = Object.keys(PICKUP_LEVEL_LABELS) as Array<keyof typeof PICKUP_LEVEL_LABELS>;

  const actions = (
    <Flex gap={2} alignItems="flex-end">
      <Box minWidth="14rem">
        <SingleSelect
          aria-label={t('assessment.month')}
          value={month}
          onChange={(value: string | number) => setMonth(String(value))}
          data-testid="assessment-month"
        >
          {months.map((m) => (
            <SingleSelectOption key={m} value={m}>
              {monthLabel(m)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Box>
      <Button
        startIcon={<FileXls />}
        loading={pending === 'xlsx'}
        onClick={() => download('xlsx', assessmentUrl(month, 'xlsx'), `稿件考核-${month}.xlsx`)}
        data-testid="assessment-export-xlsx"
      >
        {t('assessment.export-xlsx')}
      </Button>
      <Button
        variant="secondary"
        startIcon={<FileCsv />}
        loading={pending === 'csv'}
        onClick={() => download('csv', assessmentUrl(month, 'csv'), `稿件考核-${month}.csv`)}
      >
        {t('assessment.export-csv')}
      </Button>
    </Flex>
  );

  return (
    <SectionCard
      title={t('assessment.title')}
      subtitle={t('assessment.subtitle')}
      actions={actions}
    >
      <QueryBlock query={query} isEmpty={() => false}>
        {(data) => (
          <Flex direction="column" alignItems="stretch" gap={3} data-testid="assessment-panel">
            {data.rules.length === 0 ? (
              <Typography textColor="warning600">{t('assessment.no-rules')}</Typography>
            ) : null}
            <Typography variant="pi" textColor="neutral600">
              {t('assessment.totals', {
                items: formatNumber(data.totals.items),
                staff: formatNumber(data.totals.staffItems),
                score: formatNumber(data.totals.score),
              })}
            </Typography>
            {data.reporters.length === 0 ? (
              <Typography textColor="neutral600">{t('assessment.empty')}</Typography>
            ) : (
              <Box maxHeight="40rem" overflow="auto">
                <Table colCount={5 + levels.length} rowCount={data.reporters.length + 1}>
                  <Thead>
                    <Tr>
                      <Th>
                        <Typography variant="sigma">{t('assessment.reporter')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{t('assessment.kind')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{t('assessment.unit')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{t('assessment.items')}</Typography>
                      </Th>
                      {levels.map((level) => (
                        <Th key={level}>
                          <Typography variant="sigma">
                            {PICKUP_LEVEL_LABELS[level]}
                            {t('assessment.pickups')}
                          </Typography>
                        </Th>
                      ))}
                      <Th>
                        <Typography variant="sigma">{t('assessment.score')}</Typography>
                      </Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {data.reporters.map((r) => (
                      <Tr key={`${r.reporter ?? ''}|${r.unit}`}>
                        <Td>
                          <Typography>{r.name}</Typography>
                        </Td>
                        <Td>
                          <Typography>{r.kindLabel}</Typography>
                        </Td>
                        <Td>
                          <Typography>{r.unit || '—'}</Typography>
                        </Td>
                        <Td>
                          <Typography>{formatNumber(r.itemsTotal)}</Typography>
                        </Td>
                        {levels.map((level) => (
                          <Td key={level}>
                            <Typography>{formatNumber(r.pickups[level] ?? 0)}</Typography>
                          </Td>
                        ))}
                        <Td>
                          <Typography fontWeight="bold">{formatNumber(r.score)}</Typography>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </Box>
            )}
          </Flex>
        )}
      </QueryBlock>
    </SectionCard>
  );
};
