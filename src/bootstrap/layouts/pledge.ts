import { SYSTEM_FIELDS, type LayoutSpec } from './types';

export const pledgeLayout: LayoutSpec = {
  settings: {
    mainField: 'title',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 50,
  },
  fields: {
    ...SYSTEM_FIELDS,
    title: { label: '标题', placeholder: '如：区行政审批服务局承诺事项' },
    slug: { label: '网址别名', description: '留空则按标题的拼音自动生成' },
    department: { label: '承诺部门' },
    campaign: { label: '专项活动' },
    summary: { label: '摘要' },
    items: { label: '承诺事项', description: '每一项的内容、完成时限与完成状态' },
  },
  list: ['title', 'department', 'campaign', 'updatedAt'],
  edit: [
    [{ name: 'title', size: 12 }],
    [
      { name: 'slug', size: 6 },
      { name: 'department', size: 6 },
    ],
    [{ name: 'campaign', size: 6 }],
    [{ name: 'summary', size: 12 }],
    [{ name: 'items', size: 12 }],
  ],
};
