import { SYSTEM_FIELDS, type LayoutSpec } from './types';

/** 考核计分规则: one version per start date, kept by the 总编辑. */
export const scoringRuleLayout: LayoutSpec = {
  settings: {
    mainField: 'name',
    defaultSortBy: 'effectiveFrom',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    ...SYSTEM_FIELDS,
    name: { label: '规则名称', placeholder: '如：2026年稿件考核办法' },
    effectiveFrom: {
      label: '生效日期',
      description: '稿件按首次发布当日有效的版本计分；改动已生效的版本会改变已发稿件的得分',
    },
    note: { label: '说明' },
    formatPoints: { label: '基础分', description: '每种稿件形式一篇的分值；未列出的形式计 0 分' },
    outletFactors: { label: '平台系数', description: '按栏目的刊播平台相乘；未列出的平台按 1' },
    placementFactors: { label: '版面系数', description: '按栏目的版面位置相乘；未列出的位置按 1' },
    pickupBonuses: {
      label: '上稿加分',
      description: '被上级媒体采用的加分；一篇稿件被多级采用时只按最高一级加一次',
    },
  },
  list: ['name', 'effectiveFrom', 'note', 'updatedAt'],
  edit: [
    [
      { name: 'name', size: 6 },
      { name: 'effectiveFrom', size: 6 },
    ],
    [{ name: 'note', size: 12 }],
    [{ name: 'formatPoints', size: 12 }],
    [{ name: 'outletFactors', size: 12 }],
    [{ name: 'placementFactors', size: 12 }],
    [{ name: 'pickupBonuses', size: 12 }],
  ],
};

const line = (key: string, keyLabel: string, value: string, valueLabel: string): LayoutSpec => ({
  settings: { mainField: key, defaultSortBy: key, defaultSortOrder: 'ASC' },
  fields: { id: { label: 'ID' }, [key]: { label: keyLabel }, [value]: { label: valueLabel } },
  list: [key, value],
  edit: [
    [
      { name: key, size: 6 },
      { name: value, size: 6 },
    ],
  ],
});

export const SCORING_COMPONENT_LAYOUTS: Record<string, LayoutSpec> = {
  'scoring.format-points': line('format', '稿件形式', 'points', '基础分'),
  'scoring.outlet-factor': line('outlet', '刊播平台', 'factor', '系数'),
  'scoring.placement-factor': line('placement', '版面位置', 'factor', '系数'),
  'scoring.pickup-bonus': line('level', '上稿级别', 'points', '加分'),
};
