import type { TalliedType } from '../../shared/contracts';

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

export const DIMENSION_HEADERS = {
  type: '类型',
  format: '稿件形式',
  column: '栏目',
  outlet: '媒体',
  department: '部门',
  period: '期间',
} as const;

export const COUNT_HEADER = '已发布数量';

export const NONE_LABELS = {
  type: '未知类型',
  format: '未设形式',
  column: '未设栏目',
  outlet: '未设媒体',
  department: '未关联部门',
} as const;

/** The counting rule, written into every response and export. */
export const countingRule = (timeZone: string) =>
  [
    '统计口径：以文档（documentId）为单位计数，每个文档只计一次；只统计已发布的版本，',
    '未发布、已撤回发布和已删除的内容不计入；按专项活动的 documentId 归集；',
    `统计期间以首次发布时间为准，按 ${timeZone} 时区的自然日划分，重新发布不改变所属期间；`,
    '关联多个部门的稿件在每个部门各计一次，在合计中只计一次；',
    '按部门统计时列出全部部门，没有发布内容的部门计 0。',
  ].join('');
