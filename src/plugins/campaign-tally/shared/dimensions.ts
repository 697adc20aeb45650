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
 * - `credit`: the ledger's credit child table (one row per item and reporter, with the share of
 *   the byline and the reporter's unit on the day of first publication); grouped by `column`.
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
    requires: 'format' | 'column' | 'pickups' | null;
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

export interface CreditDimensionRecord {
  key: string;
  kind: 'credit';
  label: string;
  none: string;
  /** The credit table's column; the empty string is the share nobody is credited with. */
  column: string;
  /** 'lookup': reporter document ids, named from the database; 'as-is': the stored text. */
  values: 'lookup' | 'as-is';
}

export type DimensionRecord =
  LedgerDimensionRecord | SpecialDimensionRecord | CreditDimensionRecord;

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

export const PLACEMENT_LABELS: Record<string, string> = {
  headline: '头条',
  'key-programme': '重点栏目',
  prominent: '显著位置',
  regular: '常规',
};

/** 上稿 levels, lowest first: an item picked up at several counts once, at its highest. */
export const PICKUP_LEVELS = ['city', 'province', 'national'] as const;
export type PickupLevel = (typeof PICKUP_LEVELS)[number];
export const PICKUP_LEVEL_LABELS: Record<PickupLevel, string> = {
  city: '市级',
  province: '省级',
  national: '中央',
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
  {
    key: 'placement',
    kind: 'ledger',
    label: '版面位置',
    none: '未设位置',
    ledger: {
      column: 'placement',
      attribute: 'placement',
      maxLength: 32,
      source: 'COALESCE(col.placement, hcol.placement)',
      requires: 'column',
    },
    values: PLACEMENT_LABELS,
  },
  {
    key: 'pickup',
    kind: 'ledger',
    label: '上稿',
    none: '未上稿',
    ledger: {
      column: 'pickup_level',
      attribute: 'pickupLevel',
      maxLength: 16,
      // The highest level of the published row's 上稿 entries (ledger-source.ts joins `pk`).
      source: 'pk.top_level',
      requires: 'pickups',
    },
    values: PICKUP_LEVEL_LABELS,
  },
  { key: 'department', kind: 'department', label: '部门', none: '未关联部门' },
  {
    key: 'reporter',
    kind: 'credit',
    label: '记者',
    none: '未署名',
    column: 'reporter_document_id',
    values: 'lookup',
  },
  {
    key: 'unit',
    kind: 'credit',
    label: '科室',
    none: '未设科室',
    column: 'unit',
    values: 'as-is',
  },
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

/** The records read from the credit table. */
export const creditDimensions = (): CreditDimensionRecord[] =>
  (DIMENSION_RECORDS as readonly DimensionRecord[]).filter(
    (d): d is CreditDimensionRecord => d.kind === 'credit'
  );

/** The ledger columns of the dimensions filled from the content (all but `type`, set per type). */
export const contentDimensionColumns = (): string[] =>
  ledgerDimensions()
    .filter((d) => d.key !== 'type')
    .map((d) => d.ledger.column);
