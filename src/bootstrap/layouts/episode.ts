import { SYSTEM_FIELDS, type LayoutSpec } from './types';

export const episodeLayout: LayoutSpec = {
  settings: {
    mainField: 'title',
    defaultSortBy: 'airDate',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    bylines: { label: '署名', description: '主持、摄像、编辑等：每人一行，稿件考核按此计分' },
    ...SYSTEM_FIELDS,
    title: { label: '标题' },
    slug: { label: '网址别名', description: '留空则按标题的拼音自动生成' },
    programme: { label: '栏目', placeholder: '张店民声' },
    number: { label: '期数', description: '同一栏目内期数不能重复' },
    airDate: { label: '播出日期' },
    campaign: { label: '专项活动' },
    departments: { label: '被问政部门', description: '本期接受问政的部门、镇、街道' },
    problems: { label: '曝光问题', description: '每个问题的责任部门、整改状态与整改结果' },
    followUpOf: { label: '回头看：原节目', description: '“回头看”节目在此选择被回访的那一期' },
    followUps: { label: '回头看节目' },
    video: { label: '视频文件' },
    videoUrl: { label: '视频链接', placeholder: 'https://' },
    summary: { label: '节目简介' },
  },
  list: ['title', 'programme', 'number', 'airDate'],
  edit: [
    [{ name: 'title', size: 12 }],
    [
      { name: 'slug', size: 6 },
      { name: 'programme', size: 6 },
    ],
    [
      { name: 'number', size: 4 },
      { name: 'airDate', size: 4 },
    ],
    [
      { name: 'campaign', size: 6 },
      { name: 'departments', size: 6 },
    ],
    [{ name: 'summary', size: 12 }],
    [{ name: 'problems', size: 12 }],
    [{ name: 'bylines', size: 12 }],
    [
      { name: 'followUpOf', size: 6 },
      { name: 'followUps', size: 6 },
    ],
    [
      { name: 'video', size: 6 },
      { name: 'videoUrl', size: 6 },
    ],
  ],
};
