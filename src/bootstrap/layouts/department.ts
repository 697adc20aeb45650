import { SYSTEM_FIELDS, type LayoutSpec } from './types';

export const departmentLayout: LayoutSpec = {
  // The district's own order (区直部门 first, then towns and streets), as the summary lists them.
  settings: {
    mainField: 'name',
    defaultSortBy: 'sortOrder',
    defaultSortOrder: 'ASC',
    pageSize: 50,
  },
  fields: {
    ...SYSTEM_FIELDS,
    name: { label: '名称', placeholder: '如：区行政审批服务局' },
    slug: { label: '网址别名', description: '留空则按名称的拼音自动生成' },
    kind: { label: '类别' },
    sortOrder: { label: '排序', description: '数字小的排在前面' },
    articles: { label: '涉及稿件' },
    episodes: { label: '问政节目' },
    pledges: { label: '部门承诺' },
  },
  list: ['name', 'kind', 'sortOrder'],
  edit: [
    [{ name: 'name', size: 12 }],
    [
      { name: 'slug', size: 6 },
      { name: 'kind', size: 6 },
    ],
    [{ name: 'sortOrder', size: 4 }],
    [{ name: 'pledges', size: 6 }],
    [
      { name: 'articles', size: 6 },
      { name: 'episodes', size: 6 },
    ],
  ],
};
