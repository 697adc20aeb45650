export { beijingTime } from '../../../shared/beijing-time';

/** How long something has waited: 3 天 4 小时, 2 小时 5 分, 12 分. */
export const waitingText = (minutes: number): string => {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} 天 ${hours} 小时`;
  if (hours > 0) return `${hours} 小时 ${minutes % 60} 分`;
  return `${minutes} 分`;
};
