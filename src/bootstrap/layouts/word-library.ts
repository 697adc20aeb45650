import { SYSTEM_FIELDS, type LayoutSpec } from './types';

/** The 错敏词 library (src/plugins/editorial-review): what admins see when they maintain it. */
export const wordLayout: LayoutSpec = {
  settings: {
    mainField: 'word',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 50,
  },
  fields: {
    ...SYSTEM_FIELDS,
    word: { label: '词语', description: '检查时忽略全角半角、繁简体和字间的空格标点' },
    category: { label: '类别' },
    level: {
      label: '级别',
      description: '禁用：终审和发布时拦截（终审可填写理由放行）；提示：只提醒',
    },
    replacement: { label: '建议替换为' },
    note: { label: '备注' },
  },
  list: ['word', 'category', 'level', 'replacement', 'updatedAt'],
  edit: [
    [
      { name: 'word', size: 6 },
      { name: 'replacement', size: 6 },
    ],
    [
      { name: 'category', size: 6 },
      { name: 'level', size: 6 },
    ],
    [{ name: 'note', size: 12 }],
  ],
};

export const allowedTermLayout: LayoutSpec = {
  settings: {
    mainField: 'term',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 50,
  },
  fields: {
    ...SYSTEM_FIELDS,
    term: { label: '词语', description: '含有错敏词、但本身正确的词，如「第一书记」' },
    note: { label: '备注' },
  },
  list: ['term', 'note', 'updatedAt'],
  edit: [[{ name: 'term', size: 6 }], [{ name: 'note', size: 12 }]],
};
