/** One field's Chinese texts in the content manager. `label` is used in both list and edit views. */
export interface FieldText {
  label: string;
  description?: string;
  placeholder?: string;
  /** false: shown but not editable (a value the server writes). */
  editable?: boolean;
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
