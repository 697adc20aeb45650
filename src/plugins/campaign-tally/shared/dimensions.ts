/**
 * THE dimension registry: every way a tally can be grouped is one record here. The ledger's
 * columns, the SQL that fills and groups them, the verifier, the row labels, the export headers,
 * the CLI's usage, the validation and the admin's choices all derive from these records. A new
 * dimension is one record (plus its translation in the admin's zh-Hans.json).
 *
 * Kinds:
 * - `ledger`: one ledger column, filled from the content tables by `source` (SQL over the
 *   published row `p`, its column `col` or held column `hcol`, see repositories/ledger-source.ts)
 *   where the tallied type has the attribute `requires`; grouped by that column as it is.
 * - `department`: the ledger's department child table; every department gets a row.
 * - `period`: derived from the first-publication day by the requested period.
 */

export interface LedgerDimensionRecord {
  key: string;
  kind: 'ledger';
  /** The zh-CN name: column header in exports and the CLI, the admin's default label. */
  label: string;
  /** The zh-CN label of an item with no value. */
  none: string;
  ledger: {
    /** The ledger column (snake case) and its attribute (camel case) in the ledger's schema. */
    column: string;
    attribute: string;
    maxLength: number;
    /** SQL over the published row giving the value, where the type has `requires`. */
    source: string;
    requires: 'format' | 'column' | null;
  };
  /** zh-CN labels of the stored values; 'lookup' for values named from the database. */
  values: Record<string, string> | 'lookup' | 'types';
}

export interface SpecialDimensionRecord {
  key: string;
  kind: 'department' | 'period';
  label: string;
  none: string;
}

export type DimensionRecord = LedgerDimensionRecord | SpecialDimensionRecord;

export const FORMAT_LABELS: Record<string, string> = {
  news: '消息',
  commentary: '评论',
  interview: '专访',
  reprint: '转发',
  'image-text': '图文',
  'short-video': '短视频',
  'long-image': '长图',
};

export const OUTLET_LABELS: Record<string, string> = {
  app: '客户端（爱张店APP）',
  tv: '电视',
  radio: '广播',
  newspaper: '报纸',
  wechat: '微信',
  weibo: '微博',
  web: '网站',
};

export const DIMENSION_RECORDS = [
  {
    key: 'type',
    kind: 'ledger',
    label: '类型',
    none: '未知类型',
    ledger: { column: 'type', attribute: 'type', maxLength: 16, source: '', requires: null },
    values: 'types',
  },
  {
    key: 'format',
    kind: 'ledger',
    label: '稿件形式',
    none: '未设形式',
    ledger: {
      column: 'format',
      attribute: 'format',
      maxLength: 32,
      source: 'p.format',
      requires: 'format',
    },
    values: FORMAT_LABELS,
  },
  {
    key: 'column',
    kind: 'ledger',
    label: '栏目',
    none: '未设栏目',
    ledger: {
      column: 'column_document_id',
      attribute: 'columnDocumentId',
      maxLength: 64,
      source: 'COALESCE(col.document_id, hk.target_document_id)',
      requires: 'column',
    },
    values: 'lookup',
  },
  {
    key: 'outlet',
    kind: 'ledger',
    label: '刊播平台',
    none: '未设平台',
    ledger: {
      column: 'outlet',
      attribute: 'outlet',
      maxLength: 32,
      source: 'COALESCE(col.outlet, hcol.outlet)',
      requires: 'column',
    },
    values: OUTLET_LABELS,
  },
  { key: 'department', kind: 'department', label: '部门', none: '未关联部门' },
  { key: 'period', kind: 'period', label: '时段', none: '未知' },
] as const satisfies readonly DimensionRecord[];

export type Dimension = (typeof DIMENSION_RECORDS)[number]['key'];

/** The record of a dimension key. */
export const dimensionRecord = (key: string): DimensionRecord | undefined =>
  (DIMENSION_RECORDS as readonly DimensionRecord[]).find((d) => d.key === key);

/** The records that are one ledger column each. */
export const ledgerDimensions = (): LedgerDimensionRecord[] =>
  (DIMENSION_RECORDS as readonly DimensionRecord[]).filter(
    (d): d is LedgerDimensionRecord => d.kind === 'ledger'
  );

/** The ledger columns of the dimensions filled from the content (all but `type`, set per type). */
export const contentDimensionColumns = (): string[] =>
  ledgerDimensions()
    .filter((d) => d.key !== 'type')
    .map((d) => d.ledger.column);
