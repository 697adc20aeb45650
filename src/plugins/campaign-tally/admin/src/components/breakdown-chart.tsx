import { Box } from '@strapi/design-system';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import type { Dimension, TallyRow } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { toBreakdownBars } from '../utils/breakdown-rows';
import { AXIS_COLOR, BAR_COLOR, GRID_COLOR } from '../utils/chart-colors';

interface BreakdownChartProps {
  dimension: Dimension;
  rows: TallyRow[];
}

/** Horizontal bars of the count per value of one dimension, largest first. */
export const BreakdownChart = ({ dimension, rows }: BreakdownChartProps) => {
  const { t } = useTallyMessages();
  const data = toBreakdownBars(rows, dimension);

  return (
    <Box height={`${Math.max(24, data.length * 4 + 6)}rem`} data-testid="tally-breakdown-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 32, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: AXIS_COLOR, fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={96}
            tick={{ fill: AXIS_COLOR, fontSize: 12 }}
            tickLine={false}
          />
          <Tooltip cursor={{ fill: 'rgba(73, 69, 255, 0.06)' }} />
          <Bar
            dataKey="count"
            name={t('chart.count')}
            fill={BAR_COLOR}
            radius={[0, 4, 4, 0]}
            maxBarSize={24}
          >
            <LabelList dataKey="count" position="right" fill={AXIS_COLOR} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};
