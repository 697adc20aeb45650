import { SYSTEM_FIELDS, type LayoutSpec } from './types';

/** 记者与通讯员: the people bylines name, kept by editors. */
export const reporterLayout: LayoutSpec = {
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC', pageSize: 50 },
  fields: {
    ...SYSTEM_FIELDS,
    name: { label: '姓名' },
    slug: { label: '网址别名', description: '留空则按姓名的拼音自动生成' },
    kind: { label: '身份', description: '中心记者或部门通讯员' },
    unit: { label: '科室', placeholder: '如：新闻部', description: '中心记者现在所在的科室' },
    unitTerms: {
      label: '曾任科室',
      description: '调动前的科室和在该科室的最后一天：此前发布的稿件仍计入原科室',
    },
    department: { label: '所在部门', description: '通讯员所在的区直部门、镇、街道' },
    adminUser: { label: '后台账号', description: '可选：本人登录后台的账号' },
  },
  list: ['name', 'kind', 'unit', 'department'],
  edit: [
    [
      { name: 'name', size: 6 },
      { name: 'kind', size: 6 },
    ],
    [
      { name: 'unit', size: 6 },
      { name: 'department', size: 6 },
    ],
    [
      { name: 'slug', size: 6 },
      { name: 'adminUser', size: 6 },
    ],
    [{ name: 'unitTerms', size: 12 }],
  ],
};
