/** One field's Chinese texts in the content manager. `label` is used in both list and edit views. */
export interface FieldText {
  label: string;
  description?: string;
  placeholder?: string;
}

export interface LayoutSettings {
  /** The field relation pickers and list titles show; must be a listable field. */
  mainField: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  pageSize?: number;
  bulkable?: boolean;
  filterable?: boolean;
  searchable?: boolean;
}

export interface EditCell {
  name: string;
  /** Grid columns out of 12. */
  size: number;
}

/** What the project defines for one content type or component; everything else stays Strapi's. */
export interface LayoutSpec {
  settings: LayoutSettings;
  fields: Record<string, FieldText>;
  /** List view columns, in order (Strapi adds its own status column for draft & publish types). */
  list: string[];
  /** Edit view rows. Visible fields left out here are appended after these rows. */
  edit: EditCell[][];
}

/** Labels for the fields Strapi adds to every type. */
export const SYSTEM_FIELDS: Record<string, FieldText> = {
  id: { label: 'ID' },
  documentId: { label: '文档 ID' },
  createdAt: { label: '创建时间' },
  updatedAt: { label: '更新时间' },
  createdBy: { label: '创建人' },
  updatedBy: { label: '最后修改人' },
};

/**
 * Enumeration fields (format, outlet, placement, kind, status) show their stored values, such as
 * `short-video` or `key-programme`: Strapi 5.54's content manager has no per-option display label,
 * and the stored values are the app's API contract, so they stay ASCII. The descriptions below
 * give editors the Chinese meaning of each value instead.
 */
export const ENUM_HINTS = {
  format:
    'news 消息 · commentary 评论 · interview 专访 · reprint 转发 · image-text 图文 · short-video 短视频 · long-image 长图',
  outlet:
    'app 爱张店APP · tv 电视 · radio 广播 · newspaper 报纸 · wechat 微信 · weibo 微博 · web 网站',
  placement: 'headline 头条 · key-programme 重点栏目 · prominent 显著位置 · regular 常规',
  kind: 'district-department 区直部门 · town 镇 · street 街道 · other 其他',
  problemStatus: 'open 未整改 · rectifying 整改中 · resolved 已整改',
  itemStatus: 'pledged 已承诺 · in-progress 推进中 · fulfilled 已兑现 · overdue 已逾期',
} as const;
