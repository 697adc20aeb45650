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

/** Hours, to one decimal: the number the exports store for a review duration. */
export const hoursOf = (seconds: number): number => Math.round(seconds / 360) / 10;

/**
 * A review duration as the newsroom says it: minutes under an hour, hours under two days, else
 * days (30 → 不到1分钟, 2700 → 45分钟, 5400 → 1.5小时, 259200 → 3天).
 */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return '不到1分钟';
  if (seconds < 3600) return `${Math.round(seconds / 60)}分钟`;
  if (seconds < 48 * 3600) return `${hoursOf(seconds)}小时`;
  return `${Math.round(seconds / 8640) / 10}天`;
}
