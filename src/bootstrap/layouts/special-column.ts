import { SYSTEM_FIELDS, type LayoutSpec } from './types';

export const specialColumnLayout: LayoutSpec = {
  settings: {
    mainField: 'name',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    ...SYSTEM_FIELDS,
    name: { label: '专栏名称', placeholder: '如：优化营商环境大家谈' },
    slug: { label: '网址别名', description: '留空则按专栏名称的拼音自动生成；APP 按它取专栏稿件' },
    campaign: { label: '专项活动' },
    outlet: { label: '刊播平台' },
    placement: { label: '版面位置' },
    description: { label: '专栏说明' },
    articles: { label: '专栏稿件' },
  },
  list: ['name', 'outlet', 'placement', 'campaign'],
  edit: [
    [{ name: 'name', size: 12 }],
    [
      { name: 'slug', size: 6 },
      { name: 'campaign', size: 6 },
    ],
    [
      { name: 'outlet', size: 6 },
      { name: 'placement', size: 6 },
    ],
    [{ name: 'description', size: 12 }],
    [{ name: 'articles', size: 12 }],
  ],
};
