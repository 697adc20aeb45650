/**
 * Request and response shapes shared by the campaign-tally server, its admin page and the CLI.
 * The HTTP contract is written out in docs/contract.md at the root of the repository.
 */
import { DIMENSION_RECORDS, type Dimension } from './dimensions';
import type { Measure, ScoreRuleVersion } from './scoring';
import { TALLIED_TYPE_RECORDS, type TalliedType, type TypeTotals } from './tallied-types';

export type { Dimension, Measure, ScoreRuleVersion, TalliedType, TypeTotals };
export { MEASURES } from './scoring';

export const PLUGIN_ID = 'campaign-tally';

/** The dimension keys, in the registry's order (shared/dimensions.ts). */
export const DIMENSIONS: readonly Dimension[] = DIMENSION_RECORDS.map((d) => d.key);

export const PERIODS = ['day', 'week', 'month', 'quarter', 'phase'] as const;
export type Period = (typeof PERIODS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The tallied types, by their short name (shared/tallied-types.ts). */
export const TALLIED_TYPES: readonly TalliedType[] = TALLIED_TYPE_RECORDS.map((t) => t.type);

export interface CampaignRef {
  documentId: string;
  slug: string;
  name: string;
}

/** Validated parameters, echoed back in every response and export. */
export interface TallyParams {
  campaign: string;
  groupBy: Dimension[];
  period: Period;
  /** What each row adds up: items (count, always given) or also their points (score). */
  measure: Measure;
  /** Inclusive local dates, YYYY-MM-DD, in `timeZone`. */
  from: string | null;
  to: string | null;
  timeZone: string;
}

/**
 * One row per combination of the requested dimensions. Each dimension value is a stable key
 * (type short name, format enum, column slug, outlet enum, department slug, period label such as
 * 2019-03, 2019-W12, 2019-Q1, 2019-03-15 or a phase name) or null where the item has none.
 * `labels` gives the zh-CN display text for each key present.
 */
export type TallyRow = Partial<Record<Dimension, string | null>> & {
  count: number;
  /** Points, two decimals, with measure=score (split by share in rows by reporter or unit). */
  score?: number;
  labels: Partial<Record<Dimension, string>>;
};

export interface EpisodeMetrics {
  episodes: number;
  problemsRaised: number;
  problemsOpen: number;
  problemsRectifying: number;
  problemsResolved: number;
  /** resolved / raised, 0..1, or null when nothing was raised. */
  resolutionRate: number | null;
}

export interface PledgeMetrics {
  pledges: number;
  itemsPledged: number;
  itemsFulfilled: number;
  departmentsPledged: number;
  departmentsTotal: number;
}

/** One 三审 level's decisions (see ReviewMetrics). */
export interface LevelReviewMetrics {
  level: 1 | 2 | 3;
  label: string;
  approved: number;
  rejected: number;
  rejectionRate: number | null;
  medianWaitSeconds: number | null;
}

/**
 * The 三审 metrics of the campaign, from the editorial-review plugin: the review cycles submitted
 * in the range and what became of them. The same shape as that plugin's contract (a type test
 * holds them together); null when no type is reviewed.
 */
export interface ReviewMetrics {
  submitted: number;
  approved: number;
  rejected: number;
  superseded: number;
  pending: number;
  /** rejected / (approved + rejected), 0..1, or null with no decision. */
  rejectionRate: number | null;
  published: number;
  /** Median seconds from submission to publication, or null when nothing was published. */
  medianSecondsToPublish: number | null;
  levels: LevelReviewMetrics[];
}

export type TallyTotals = TypeTotals & {
  episodeMetrics: EpisodeMetrics;
  pledgeMetrics: PledgeMetrics;
  reviewMetrics: ReviewMetrics | null;
};

export interface TallyResponse {
  data: {
    campaign: CampaignRef & { timeZone: string };
    params: TallyParams;
    rule: string;
    rows: TallyRow[];
    totals: TallyTotals;
    /** With measure=score: the points of all items in the range, the formula and the rules. */
    scoring: TallyScoring | null;
    /** ISO 8601 in the campaign's time zone, with its offset. */
    generatedAt: string;
    appVersion: string;
  };
}

export interface TallyScoring {
  totalScore: number;
  formula: string;
  /** Every rule version, oldest first: each item is scored by the one in force on its day. */
  rules: ScoreRuleVersion[];
}

export interface SummaryResponse {
  data: {
    text: string;
    campaign: CampaignRef;
    params: Pick<TallyParams, 'from' | 'to' | 'timeZone'>;
  };
}

/** GET /api/campaign-tally/campaigns/:slug/totals (content API, for the app). */
export interface PublicTotalsResponse {
  data: {
    campaign: CampaignRef;
    totals: TypeTotals;
    asOf: string;
  };
}

/** Campaigns the admin page can pick from: GET /campaign-tally/campaigns. */
export interface CampaignListResponse {
  data: Array<
    CampaignRef & {
      startDate: string | null;
      endDate: string | null;
      totals: TypeTotals;
    }
  >;
}

/** The JSON export: the tally plus everything needed to read it later (rule, parameters, version). */
export type TallyExportDocument = Pick<
  TallyResponse['data'],
  'campaign' | 'rule' | 'params' | 'generatedAt' | 'appVersion' | 'totals' | 'rows' | 'scoring'
> & {
  /** The parameters in Chinese, beside the codes in `params`. */
  paramLabels: {
    groupBy: string[];
    period: string;
    measure: string;
    from: string;
    to: string;
    timeZone: string;
  };
};

/** One difference found by `--verify` between the ledger and a fresh recount. */
export interface LedgerDifference {
  type: TalliedType;
  documentId: string;
  /** What differs: a whole row, its campaign, its day, its departments, or a dimension's value. */
  problem:
    | 'missing-from-ledger'
    | 'not-published'
    | 'campaign'
    | 'first-published'
    | 'departments'
    | Dimension;
  ledger: string | null;
  content: string | null;
}

export interface LedgerVerifyReport {
  ok: boolean;
  checked: number;
  differences: LedgerDifference[];
}

export interface LedgerRebuildReport {
  publications: number;
  departmentLinks: number;
  tookMs: number;
}
