import { TALLIED_TYPES, type TallyRow, type TalliedType } from '../../../shared/contracts';

export type PeriodPoint = { period: string; label: string } & Record<TalliedType, number>;

/**
 * Turns rows grouped by (period, type) into one chart point per period with a count per type.
 * Points keep the server's order, which follows time (or the campaign's phase order).
 */
export const pivotPeriodRows = (rows: TallyRow[]): PeriodPoint[] => {
  const points = new Map<string, PeriodPoint>();
  for (const row of rows) {
    const period = row.period ?? '';
    let point = points.get(period);
    if (!point) {
      point = { period, label: row.labels.period ?? period, article: 0, episode: 0, pledge: 0 };
      points.set(period, point);
    }
    const type = row.type as TalliedType | null | undefined;
    if (type && (TALLIED_TYPES as readonly string[]).includes(type)) point[type] += row.count;
  }
  return [...points.values()];
};
