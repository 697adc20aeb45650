import type { Period } from '../../../shared/contracts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The zh-CN label of a period key: 2019-03 → 2019年3月, 2019-W12 → 2019年第12周. */
export function periodLabel(period: Period, key: string | null): string {
  if (key === null) return period === 'phase' ? '未在任何阶段内' : '未知';
  if (period === 'phase') return key;
  if (period === 'week') {
    const [year, week] = key.split('-W');
    return `${year}年第${Number(week)}周`;
  }
  if (period === 'quarter') {
    const [year, quarter] = key.split('-Q');
    return `${year}年第${quarter}季度`;
  }
  if (period === 'month') {
    const [year, month] = key.split('-');
    return `${year}年${Number(month)}月`;
  }
  const match = DAY.exec(key);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : key;
}
