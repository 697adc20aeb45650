/**
 * 稿件考核: the scoring rule as data. A rule version applies from its date until the next
 * version's; an item is scored by the version in force on the day of its first publication.
 *
 *   本稿得分 = 基础分(稿件形式) × 平台系数(刊播平台) × 版面系数(版面位置)，四舍五入到 0.01，
 *              再加上稿加分(最高一级)；
 *   记者得分 = 本稿得分 × 署名份额。
 *
 * A format with no base points scores 0; an outlet or placement with no factor counts 1; an item
 * with no 上稿 gets no bonus; an item first published before every version scores 0.
 */
import { FORMAT_LABELS, OUTLET_LABELS, PICKUP_LEVEL_LABELS, PLACEMENT_LABELS } from './dimensions';

export const MEASURES = ['count', 'score'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = { count: '件数', score: '得分' };

/** The base-point keys: the article formats, and 问政节目 for episodes (which have no format). */
export const SCORED_FORMAT_LABELS: Record<string, string> = {
  ...FORMAT_LABELS,
  episode: '问政节目',
};

export interface ScoreRuleVersion {
  documentId: string;
  name: string;
  /** YYYY-MM-DD, the first day the version applies. */
  effectiveFrom: string;
  note: string | null;
  /** Points (two decimals) by key: format keys of SCORED_FORMAT_LABELS. */
  basePoints: Record<string, number>;
  outletFactors: Record<string, number>;
  placementFactors: Record<string, number>;
  pickupBonuses: Record<string, number>;
}

/** The four parts of a version, with the labels of their keys and the value of a missing key. */
export const RULE_PARTS = [
  { part: 'basePoints', label: '基础分', keys: SCORED_FORMAT_LABELS, missing: 0 },
  { part: 'outletFactors', label: '平台系数', keys: OUTLET_LABELS, missing: 1 },
  { part: 'placementFactors', label: '版面系数', keys: PLACEMENT_LABELS, missing: 1 },
  { part: 'pickupBonuses', label: '上稿加分', keys: PICKUP_LEVEL_LABELS, missing: 0 },
] as const satisfies ReadonlyArray<{
  part: keyof Pick<
    ScoreRuleVersion,
    'basePoints' | 'outletFactors' | 'placementFactors' | 'pickupBonuses'
  >;
  label: string;
  keys: Record<string, string>;
  missing: number;
}>;

/** The formula in words, written into every scored export. */
export const SCORE_FORMULA =
  '本稿得分 = 基础分（按稿件形式）× 平台系数（按刊播平台）× 版面系数（按栏目版面位置），四舍五入到0.01分，' +
  '再加上稿加分（被多级媒体采用的只按最高一级加一次）；记者得分 = 本稿得分 × 署名份额。' +
  '稿件按首次发布当日有效的规则版本计分，重新发布不改变；未列出的平台、版面系数按1计，' +
  '未列出的稿件形式基础分为0；首次发布早于所有规则版本的稿件计0分。' +
  '记者按稿件首次发布当日所在科室计入；没有署名或署名未选作者的份额计入“未署名”。';

/** One reporter's row of the monthly 考核表. */
export interface AssessmentReporterRow {
  reporter: string | null;
  name: string;
  kind: string | null;
  kindLabel: string;
  unit: string;
  /** Items (each once per reporter) by base-point key, and in all. */
  items: Record<string, number>;
  itemsTotal: number;
  /** Items by their highest 上稿 level. */
  pickups: Record<string, number>;
  score: number;
}

/** One (item, reporter) line of the detail sheet, with the rule lines that scored it. */
export interface AssessmentDetailRow {
  day: string;
  type: string;
  typeLabel: string;
  documentId: string;
  title: string;
  campaign: string;
  format: string;
  outlet: string;
  placement: string;
  pickup: string;
  rule: string;
  basePoints: number;
  outletFactor: number;
  placementFactor: number;
  pickupBonus: number;
  itemScore: number;
  reporter: string;
  unit: string;
  /** Percent, two decimals. */
  share: number;
  score: number;
}

export interface AssessmentResponse {
  data: {
    params: { from: string; to: string; campaign: string | null; timeZone: string };
    formula: string;
    rules: ScoreRuleVersion[];
    reporters: AssessmentReporterRow[];
    details: AssessmentDetailRow[];
    totals: { items: number; score: number; staffItems: number };
    generatedAt: string;
    appVersion: string;
  };
}
