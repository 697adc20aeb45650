import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { Dimension, TallyRow } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { rowKeys } from '../utils/row-keys';

interface TallyRowsTableProps {
  /** The dimensions these rows were grouped by: the response's own params.groupBy. */
  groupBy: Dimension[];
  rows: TallyRow[];
}

/** The tally rows of one response, one column per dimension it was grouped by and the count. */
export const TallyRowsTable = ({ groupBy, rows }: TallyRowsTableProps) => {
  const { t, formatNumber } = useTallyMessages();
  const keys = rowKeys(rows, groupBy);
  return (
    <Box maxHeight="48rem" overflow="auto">
      <Table
        colCount={groupBy.length + 1}
        rowCount={rows.length + 1}
        data-testid="tally-rows-table"
        data-group-by={groupBy.join(',')}
      >
        <Thead>
          <Tr>
            {groupBy.map((dimension) => (
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
            <Tr key={keys[index]}>
              {groupBy.map((dimension) => (
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
