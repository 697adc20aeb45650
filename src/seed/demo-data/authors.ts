/** Bylines, as the centre prints them: role plus a generic name, never a real person's. */
export const BY = {
  wang: '融媒记者 王琳',
  li: '融媒记者 李响',
  zhang: '融媒记者 张蕾',
  sun: '融媒记者 孙浩',
  liu: '融媒记者 刘洋',
  zhao: '融媒记者 赵倩',
  zhou: '通讯员 周敏',
  // Co-authored stories: the names after the role share the byline (shares split equally).
  wangLi: '融媒记者 王琳 李响',
  zhangSun: '融媒记者 张蕾 孙浩',
  newMedia: '融媒新媒体部',
  paperCommentator: '本报评论员',
  tvCommentator: '本台评论员',
} as const;

export const SOURCE = {
  centre: '张店区融媒体中心',
  zibo: '《淄博日报》',
  dazhong: '《大众日报》',
} as const;

/**
 * The people behind the bylines above (demo names, no real person): centre reporters by 科室, the
 * correspondent by the department they write from. Bylines without a person (本报评论员,
 * 融媒新媒体部) stay author text only.
 */
export const DEMO_REPORTERS: ReadonlyArray<{
  name: string;
  kind: 'staff' | 'correspondent';
  unit?: string;
  /** Units held before: the last day in each. */
  unitTerms?: ReadonlyArray<{ unit: string; until: string }>;
  department?: string;
}> = [
  { name: '王琳', kind: 'staff', unit: '新闻部' },
  { name: '李响', kind: 'staff', unit: '新闻部' },
  { name: '张蕾', kind: 'staff', unit: '专题部' },
  { name: '孙浩', kind: 'staff', unit: '专题部' },
  // Moved from 新闻部 in mid-April: what he published before counts for 新闻部.
  {
    name: '刘洋',
    kind: 'staff',
    unit: '新媒体部',
    unitTerms: [{ unit: '新闻部', until: '2019-04-15' }],
  },
  { name: '赵倩', kind: 'staff', unit: '新媒体部' },
  { name: '周敏', kind: 'correspondent', department: '区行政审批服务局' },
];
