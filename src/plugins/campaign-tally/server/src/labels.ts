import { DIMENSION_RECORDS } from '../../shared/dimensions';

/** The export and CLI column header of each dimension: its registry label. */
export const DIMENSION_HEADERS: Record<string, string> = Object.fromEntries(
  DIMENSION_RECORDS.map((d) => [d.key, d.label])
);

export const COUNT_HEADER = '已发布数量';
export const SCORE_HEADER = '得分';

/** The time zone as a reader knows it: 中国标准时间（Asia/Shanghai）. */
export function timeZoneLabel(timeZone: string): string {
  const name = new Intl.DateTimeFormat('zh-CN', { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${name}（${timeZone}）` : timeZone;
}

/** The counting rule in plain Chinese, written into every response and export. */
export const countingRule = (timeZone: string) =>
  [
    '统计口径：每篇稿件、每期问政节目、每条部门承诺各计为一件，同一件内容的草稿与已发布版本只计一次；',
    '只统计已发布的内容，未发布、已撤回发布和已删除的内容不计入；按内容发布时所属的专项活动归集，',
    '专项活动或专栏暂时撤下再上线不改变已发布内容的归属；',
    `统计时段以首次发布时间为准，按${timeZoneLabel(timeZone)}的自然日划分，重新发布不改变所属时段；`,
    '关联多个部门的稿件在每个部门各计一次，在合计中只计一次；',
    '按部门统计时列出全部部门，没有发布内容的部门计 0，未关联任何部门的内容单列为“未关联部门”。',
  ].join('');
