import type { DepartmentSpec } from './types';

/** The 30 district departments (区直部门) whose pledges the centre published. */
export const DISTRICT_DEPARTMENT_NAMES = [
  '区发展和改革局',
  '区行政审批服务局',
  '区市场监督管理局',
  '区财政局',
  '区自然资源局',
  '区住房和城乡建设局',
  '区商务局',
  '区人力资源和社会保障局',
  '区税务局',
  '区公安分局',
  '区城市管理局',
  '区生态环境分局',
  '区教育和体育局',
  '区卫生健康局',
  '区交通运输局',
  '区司法局',
  '区科学技术局',
  '区工业和信息化局',
  '区农业农村局',
  '区文化和旅游局',
  '区医疗保障局',
  '区应急管理局',
  '区投资促进中心',
  '区大数据中心',
  '区金融服务中心',
  '区退役军人事务局',
  '区民政局',
  '区水利局',
  '区统计局',
  '区综合行政执法局',
] as const;

export const TOWN_NAMES = ['房镇镇', '中埠镇'] as const;

export const STREET_NAMES = [
  '马尚街道',
  '和平街道',
  '公园街道',
  '车站街道',
  '杏园街道',
  '体育场街道',
  '科苑街道',
  '湖田街道',
  '四宝山街道',
] as const;

export type DistrictDepartmentName = (typeof DISTRICT_DEPARTMENT_NAMES)[number];
export type TownOrStreetName = (typeof TOWN_NAMES)[number] | (typeof STREET_NAMES)[number];
export type DepartmentName = DistrictDepartmentName | TownOrStreetName;

// sortOrder keeps the official listing order: departments first, then towns, then streets.
export const DEPARTMENTS: DepartmentSpec[] = [
  ...DISTRICT_DEPARTMENT_NAMES.map((name, i) => ({
    name,
    kind: 'district-department' as const,
    sortOrder: (i + 1) * 10,
  })),
  ...TOWN_NAMES.map((name, i) => ({ name, kind: 'town' as const, sortOrder: 1000 + (i + 1) * 10 })),
  ...STREET_NAMES.map((name, i) => ({
    name,
    kind: 'street' as const,
    sortOrder: 2000 + (i + 1) * 10,
  })),
];
