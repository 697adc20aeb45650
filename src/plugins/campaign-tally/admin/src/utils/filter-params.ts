import { DIMENSIONS, PERIODS, type Dimension, type Period } from '../../../shared/contracts';

export type BreakdownDimension = Extract<Dimension, 'format' | 'column'>;

/** Everything the editor chose on the page; all of it lives in the URL's search params. */
export interface FilterValues {
  campaign: string | null;
  from: string | null;
  to: string | null;
  period: Period;
  dimensions: Dimension[];
  breakdown: BreakdownDimension;
}

export const DEFAULT_FILTERS: FilterValues = {
  campaign: null,
  from: null,
  to: null,
  period: 'month',
  dimensions: ['type', 'format'],
  breakdown: 'format',
};

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isPeriod = (value: string): value is Period =>
  (PERIODS as readonly string[]).includes(value);
export const isDimension = (value: string): value is Dimension =>
  (DIMENSIONS as readonly string[]).includes(value);

/**
 * Reads the page's choices from the URL. Unknown values fall back to the defaults rather than
 * reaching the server, so a hand-edited or outdated bookmark still opens a working page.
 * `groupBy=` (present and empty) means "no grouping", which the page can show.
 */
export const parseFilterParams = (params: URLSearchParams): FilterValues => {
  const date = (key: 'from' | 'to') => {
    const value = params.get(key);
    return value && LOCAL_DATE.test(value) ? value : null;
  };
  const period = params.get('period') ?? '';
  const groupBy = params.get('groupBy');
  const breakdown = params.get('breakdown');
  return {
    campaign: params.get('campaign') || null,
    from: date('from'),
    to: date('to'),
    period: isPeriod(period) ? period : DEFAULT_FILTERS.period,
    dimensions:
      groupBy === null
        ? DEFAULT_FILTERS.dimensions
        : [...new Set(groupBy.split(',').filter(isDimension))],
    breakdown: breakdown === 'column' ? 'column' : DEFAULT_FILTERS.breakdown,
  };
};

/** Writes the choices back, keeping any other search params (the admin's own, if any). */
export const toFilterParams = (values: FilterValues, base: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams(base);
  const set = (key: string, value: string | null) =>
    value === null ? next.delete(key) : next.set(key, value);
  set('campaign', values.campaign);
  set('from', values.from);
  set('to', values.to);
  set('period', values.period);
  set('groupBy', values.dimensions.join(','));
  set('breakdown', values.breakdown);
  return next;
};
