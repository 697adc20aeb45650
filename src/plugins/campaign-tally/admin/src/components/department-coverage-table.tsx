import { Badge, Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { TallyRow } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';

/**
 * Every department with what it published. The server lists departments with nothing as 0;
 * those come first and carry a danger badge, because who has not published is what admins seek.
 */
export const DepartmentCoverageTable = ({ rows }: { rows: TallyRow[] }) => {
  const { t, formatNumber } = useTallyMessages();
  // Departments with nothing first; the row of items tagged with no department (not itself a
  // department) last, without a coverage badge.
  const rank = (row: TallyRow) => (row.department === null ? 2 : Number(row.count > 0));
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b));

  return (
    <Box maxHeight="48rem" overflow="auto">
      <Table colCount={3} rowCount={sorted.length + 1} data-testid="tally-coverage-table">
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('coverage.department')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('coverage.count')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('coverage.status')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {sorted.map((row) => {
            const isDepartment = row.department !== null;
            const missing = isDepartment && row.count === 0;
            return (
              <Tr key={row.department ?? '∅'} data-missing={missing || undefined}>
                <Td>
                  <Typography
                    textColor={missing ? 'danger700' : 'neutral800'}
                    fontWeight={missing ? 'bold' : undefined}
                  >
                    {row.labels.department ?? row.department ?? t('table.none')}
                  </Typography>
                </Td>
                <Td>
                  <Typography textColor={missing ? 'danger700' : 'neutral800'}>
                    {formatNumber(row.count)}
                  </Typography>
                </Td>
                <Td>
                  {!isDepartment ? (
                    <Typography textColor="neutral500">{t('coverage.not-a-department')}</Typography>
                  ) : missing ? (
                    <Badge variant="danger">{t('coverage.missing')}</Badge>
                  ) : (
                    <Badge variant="success">{t('coverage.covered')}</Badge>
                  )}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </Box>
  );
};
