import { Box } from '@strapi/design-system';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { TALLIED_TYPES } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { AXIS_COLOR, GRID_COLOR, TYPE_COLORS } from '../utils/chart-colors';
import type { PeriodPoint } from '../utils/pivot-period-rows';

/** Items published per period, stacked by type. */
export const PeriodChart = ({ points }: { points: PeriodPoint[] }) => {
  const { t } = useTallyMessages();
  return (
    <Box height="32rem" data-testid="tally-period-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: AXIS_COLOR, fontSize: 12 }} tickLine={false} />
          <YAxis
            allowDecimals={false}
            tick={{ fill: AXIS_COLOR, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip cursor={{ fill: 'rgba(73, 69, 255, 0.06)' }} />
          <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
          {TALLIED_TYPES.map((type, index) => (
            <Bar
              key={type}
              dataKey={type}
              name={t(`type.${type}`)}
              stackId="items"
              fill={TYPE_COLORS[type]}
              maxBarSize={48}
              radius={index === TALLIED_TYPES.length - 1 ? [4, 4, 0, 0] : undefined}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};
