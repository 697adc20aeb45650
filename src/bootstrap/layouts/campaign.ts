import { SYSTEM_FIELDS, type LayoutSpec } from './types';

export const campaignLayout: LayoutSpec = {
  settings: {
    mainField: 'name',
    defaultSortBy: 'startDate',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    ...SYSTEM_FIELDS,
    name: { label: '活动名称', placeholder: '如：优化营商环境大讨论大反思大提升' },
    slug: { label: '网址别名', description: '留空则按活动名称的拼音自动生成；APP 用它查找活动' },
    summary: { label: '活动简介' },
    startDate: { label: '开始日期' },
    endDate: { label: '结束日期' },
    phases: { label: '活动阶段', description: '按阶段统计时使用，如 学习讨论、查摆整改、总结提升' },
    columns: { label: '所属专栏' },
    articles: { label: '稿件' },
    episodes: { label: '问政节目' },
    pledges: { label: '部门承诺' },
  },
  list: ['name', 'slug', 'startDate', 'endDate'],
  edit: [
    [{ name: 'name', size: 12 }],
    [{ name: 'slug', size: 6 }],
    [{ name: 'summary', size: 12 }],
    [
      { name: 'startDate', size: 4 },
      { name: 'endDate', size: 4 },
    ],
    [{ name: 'phases', size: 12 }],
    [
      { name: 'columns', size: 6 },
      { name: 'articles', size: 6 },
    ],
    [
      { name: 'episodes', size: 6 },
      { name: 'pledges', size: 6 },
    ],
  ],
};
