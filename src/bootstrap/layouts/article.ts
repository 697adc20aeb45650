import { SYSTEM_FIELDS, type LayoutSpec } from './types';

/**
 * firstPublishedAt (首次发布时间) is not in this layout: Strapi declares it `visible: false`, so
 * the 5.54 content manager leaves it out of the admin's schema and refuses it as a column or a
 * label. Editors see the status column instead; the app reads firstPublishedAt over REST.
 */
export const articleLayout: LayoutSpec = {
  // Last edited first: the desk works on today's stories.
  settings: {
    mainField: 'title',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    ...SYSTEM_FIELDS,
    title: { label: '标题' },
    slug: { label: '网址别名', description: '留空则按标题的拼音自动生成' },
    summary: { label: '摘要', description: '列表与分享卡片显示，500 字以内' },
    body: { label: '正文' },
    format: { label: '稿件形式' },
    cover: { label: '封面图' },
    video: { label: '视频文件' },
    videoUrl: { label: '视频链接', placeholder: 'https://', description: '没有上传视频文件时填写' },
    author: { label: '作者（原署名）', description: '旧稿的署名文字；新稿请在下方“署名”中选人' },
    pickups: {
      label: '上稿',
      description: '市级、省级、中央媒体采用本稿的记录，稿件考核按最高级别加分',
    },
    bylines: { label: '署名', description: '每位作者一行：分工与考核份额；稿件考核按此计分' },
    source: { label: '来源', placeholder: '如：张店区融媒体中心' },
    column: { label: '所属专栏', description: '选了专栏而未选专项活动时，专项活动随专栏自动填写' },
    campaign: { label: '专项活动' },
    departments: { label: '涉及部门', description: '稿件涉及的区直部门、镇、街道，可多选' },
  },
  list: ['title', 'format', 'column', 'campaign', 'updatedAt'],
  edit: [
    [{ name: 'title', size: 12 }],
    [
      { name: 'slug', size: 6 },
      { name: 'format', size: 6 },
    ],
    [
      { name: 'column', size: 6 },
      { name: 'campaign', size: 6 },
    ],
    [{ name: 'departments', size: 12 }],
    [{ name: 'summary', size: 12 }],
    [{ name: 'body', size: 12 }],
    [
      { name: 'cover', size: 6 },
      { name: 'video', size: 6 },
    ],
    [{ name: 'videoUrl', size: 12 }],
    [
      { name: 'author', size: 6 },
      { name: 'source', size: 6 },
    ],
    [{ name: 'bylines', size: 12 }],
    [{ name: 'pickups', size: 12 }],
  ],
};
