import type { TalliedType } from '../../shared/contracts';
import { DIMENSION_LABELS } from '../../shared/labels';

/** zh-CN display names of the keys that appear in tally rows and exports. */
export const TYPE_LABELS: Record<TalliedType, string> = {
  article: '稿件',
  episode: '问政节目',
  pledge: '部门承诺',
};

export const FORMAT_LABELS: Record<string, string> = {
  news: '消息',
  commentary: '评论',
  interview: '专访',
  reprint: '转发',
  'image-text': '图文',
  'short-video': '短视频',
  'long-image': '长图',
};

export const OUTLET_LABELS: Record<string, string> = {
  app: '客户端（爱张店APP）',
  tv: '电视',
  radio: '广播',
  newspaper: '报纸',
  wechat: '微信',
  weibo: '微博',
  web: '网站',
};

export const DIMENSION_HEADERS = DIMENSION_LABELS;

export const COUNT_HEADER = '已发布数量';

export const NONE_LABELS = {
  type: '未知类型',
  format: '未设形式',
  column: '未设栏目',
  outlet: '未设媒体',
  department: '未关联部门',
} as const;

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
