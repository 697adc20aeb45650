import type { Period } from './contracts';

/** The zh-CN names of the periods. */
export const PERIOD_LABELS: Record<Period, string> = {
  day: '按日',
  week: '按周',
  month: '按月',
  quarter: '按季度',
  phase: '按活动阶段',
};

/**
 * The one rounding rule for rates on the cards, in the summary and in the exports: a percentage
 * with at most one decimal (0.5556 → 55.6%, 0.5 → 50%).
 */
export const formatRate = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;
