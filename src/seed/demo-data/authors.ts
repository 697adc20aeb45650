/** Bylines, as the centre prints them: role plus a generic name, never a real person's. */
export const BY = {
  wang: '融媒记者 王琳',
  li: '融媒记者 李响',
  zhang: '融媒记者 张蕾',
  sun: '融媒记者 孙浩',
  liu: '融媒记者 刘洋',
  zhao: '融媒记者 赵倩',
  zhou: '通讯员 周敏',
  newMedia: '融媒新媒体部',
  paperCommentator: '本报评论员',
  tvCommentator: '本台评论员',
} as const;

export const SOURCE = {
  centre: '张店区融媒体中心',
  zibo: '《淄博日报》',
  dazhong: '《大众日报》',
} as const;
