import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { Dimension, TallyRow } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';

interface TallyRowsTableProps {
  dimensions: Dimension[];
  rows: TallyRow[];
}

/** The tally rows for the chosen dimensions, one column per dimension and the count. */
export const TallyRowsTable = ({ dimensions, rows }: TallyRowsTableProps) => {
  const { t, formatNumber } = useTallyMessages();
  return (
    <Box maxHeight="48rem" overflow="auto">
      <Table
        colCount={dimensions.length + 1}
        rowCount={rows.length + 1}
        data-testid="tally-rows-table"
      >
        <Thead>
          <Tr>
            {dimensions.map((dimension) => (
              <Th key={dimension}>
                <Typography variant="sigma">{t(`dimension.${dimension}`)}</Typography>
              </Th>
            ))}
            <Th>
              <Typography variant="sigma">{t('table.count')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row, index) => (
            <Tr key={dimensions.map((d) => row[d] ?? '∅').join('|') || index}>
              {dimensions.map((dimension) => (
                <Td key={dimension}>
                  <Typography textColor={row[dimension] ? 'neutral800' : 'neutral500'}>
                    {row.labels[dimension] ?? row[dimension] ?? t('table.none')}
                  </Typography>
                </Td>
              ))}
              <Td>
                <Typography fontWeight="bold">{formatNumber(row.count)}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
