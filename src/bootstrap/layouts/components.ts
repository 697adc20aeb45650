import type { LayoutSpec } from './types';

/** Repeatable components: mainField is the text shown on each collapsed entry. */
export const phaseLayout: LayoutSpec = {
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
  fields: {
    id: { label: 'ID' },
    name: { label: '阶段名称', placeholder: '如：学习讨论' },
    startDate: { label: '开始日期' },
    endDate: { label: '结束日期' },
  },
  list: ['name', 'startDate', 'endDate'],
  edit: [
    [{ name: 'name', size: 12 }],
    [
      { name: 'startDate', size: 4 },
      { name: 'endDate', size: 4 },
    ],
  ],
};

export const problemLayout: LayoutSpec = {
  settings: { mainField: 'description', defaultSortBy: 'description', defaultSortOrder: 'ASC' },
  fields: {
    id: { label: 'ID' },
    description: { label: '问题描述' },
    department: { label: '责任部门' },
    status: { label: '整改状态' },
    dueDate: { label: '整改期限' },
    resolution: { label: '整改结果' },
  },
  list: ['description', 'department', 'status', 'dueDate'],
  edit: [
    [{ name: 'description', size: 12 }],
    [
      { name: 'department', size: 6 },
      { name: 'status', size: 6 },
    ],
    [{ name: 'dueDate', size: 4 }],
    [{ name: 'resolution', size: 12 }],
  ],
};

export const pledgeItemLayout: LayoutSpec = {
  settings: { mainField: 'content', defaultSortBy: 'content', defaultSortOrder: 'ASC' },
  fields: {
    id: { label: 'ID' },
    content: { label: '承诺内容' },
    dueDate: { label: '完成时限' },
    status: { label: '完成状态' },
  },
  list: ['content', 'dueDate', 'status'],
  edit: [
    [{ name: 'content', size: 12 }],
    [
      { name: 'dueDate', size: 4 },
      { name: 'status', size: 6 },
    ],
  ],
};

// The accordion header shows a string main field as it is stored: the server writes `label`
// (王琳 · 文字 · 50%) on every save, so each entry is named in Chinese.
export const bylineLayout: LayoutSpec = {
  settings: { mainField: 'label', defaultSortBy: 'label', defaultSortOrder: 'ASC' },
  fields: {
    id: { label: 'ID' },
    label: { label: '署名', description: '保存时按作者、分工和份额自动生成', editable: false },
    reporter: { label: '作者' },
    role: { label: '分工' },
    share: { label: '考核份额（%）', description: '各署名份额合计须为 100；全部留空则平分' },
  },
  list: ['label', 'role', 'share'],
  edit: [
    [
      { name: 'reporter', size: 6 },
      { name: 'role', size: 3 },
      { name: 'share', size: 3 },
    ],
    [{ name: 'label', size: 12 }],
  ],
};

export const pickupLayout: LayoutSpec = {
  settings: { mainField: 'media', defaultSortBy: 'media', defaultSortOrder: 'ASC' },
  fields: {
    id: { label: 'ID' },
    level: { label: '媒体级别' },
    media: { label: '媒体名称', placeholder: '如：大众日报' },
    date: { label: '采用日期' },
    url: { label: '链接', placeholder: 'https://' },
  },
  list: ['level', 'media', 'date'],
  edit: [
    [
      { name: 'level', size: 3 },
      { name: 'media', size: 5 },
      { name: 'date', size: 4 },
    ],
    [{ name: 'url', size: 12 }],
  ],
};

export const unitTermLayout: LayoutSpec = {
  settings: { mainField: 'unit', defaultSortBy: 'until', defaultSortOrder: 'ASC' },
  fields: {
    id: { label: 'ID' },
    unit: { label: '科室' },
    until: { label: '截止日期', description: '在该科室的最后一天' },
  },
  list: ['unit', 'until'],
  edit: [
    [
      { name: 'unit', size: 6 },
      { name: 'until', size: 6 },
    ],
  ],
};
