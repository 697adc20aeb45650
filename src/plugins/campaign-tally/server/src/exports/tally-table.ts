import type {
  Dimension,
  ReviewMetrics,
  ScoreRuleVersion,
  TallyParams,
  TallyResponse,
} from '../../../shared/contracts';
import { MEASURE_LABELS, RULE_PARTS } from '../../../shared/scoring';
import { formatRate, hoursOf, PERIOD_LABELS } from '../../../shared/labels';
import { TALLIED_TYPE_RECORDS } from '../../../shared/tallied-types';
import { COUNT_HEADER, DIMENSION_HEADERS, SCORE_HEADER, timeZoneLabel } from '../labels';
import { readableInZone } from '../periods/time-zone';

export interface TallyTable {
  headers: string[];
  rows: Array<Array<string | number>>;
}

/**
 * The tally as a plain table: one column per requested dimension (zh-CN labels), the count, and
 * with measure=score the points.
 */
export function tallyTable(data: Pick<TallyResponse['data'], 'params' | 'rows'>): TallyTable {
  const dimensions: Dimension[] = data.params.groupBy;
  const scored = data.params.measure === 'score';
  return {
    headers: [
      ...dimensions.map((d) => DIMENSION_HEADERS[d]),
      COUNT_HEADER,
      ...(scored ? [SCORE_HEADER] : []),
    ],
    rows: data.rows.map((row) => [
      ...dimensions.map((d) => row.labels[d] ?? ''),
      row.count,
      ...(scored ? [row.score ?? 0] : []),
    ]),
  };
}

/** Each line of each rule version: 规则“2026年办法”（2026-01-01起）基础分·消息 = 10. */
export function ruleLines(rules: ScoreRuleVersion[]): Array<[string, string, string, number]> {
  return rules.flatMap((r) => {
    const name = `${r.name}（${r.effectiveFrom}起）`;
    return RULE_PARTS.flatMap(({ part, label, keys }) =>
      Object.entries(r[part]).map(([key, value]): [string, string, string, number] => [
        name,
        label,
        (keys as Record<string, string>)[key] ?? key,
        value,
      ])
    );
  });
}

/** The chosen dimensions in Chinese beside their codes: 类型、部门（type, department）. */
export function groupByText(groupBy: Dimension[]): string {
  if (!groupBy.length) return '不分组，只看合计';
  return `${groupBy.map((d) => DIMENSION_HEADERS[d]).join('、')}（${groupBy.join(', ')}）`;
}

/** The parameters in Chinese, beside the codes in `params`. */
export function paramLabels(params: TallyParams) {
  return {
    groupBy: params.groupBy.map((d) => DIMENSION_HEADERS[d]),
    period: PERIOD_LABELS[params.period],
    measure: MEASURE_LABELS[params.measure],
    from: params.from ?? '不限',
    to: params.to ?? '不限',
    timeZone: timeZoneLabel(params.timeZone),
  };
}

const rateOrDash = (rate: number | null) => (rate === null ? '—' : formatRate(rate));

const hoursOrDash = (seconds: number | null) => (seconds === null ? '—' : hoursOf(seconds));

/** The 三审 lines of the exports: the cycles submitted in the range, and each level's decisions. */
export function reviewFacts(review: ReviewMetrics | null): Array<[string, string | number]> {
  if (!review) return [];
  return [
    ['送审（件次）', review.submitted],
    ['终审通过（件次）', review.approved],
    ['退回修改（件次）', review.rejected],
    ['送审后修改重审（件次）', review.superseded],
    ['审核中（件次）', review.pending],
    ['退回率', rateOrDash(review.rejectionRate)],
    ['已发布（件次）', review.published],
    ['送审至发布用时中位数（小时）', hoursOrDash(review.medianSecondsToPublish)],
    ...review.levels.flatMap((l): Array<[string, string | number]> => [
      [`${l.label}通过（件次）`, l.approved],
      [`${l.label}退回（件次）`, l.rejected],
      [`${l.label}退回率`, rateOrDash(l.rejectionRate)],
      [`${l.label}等待用时中位数（小时）`, hoursOrDash(l.medianWaitSeconds)],
    ]),
  ];
}

/** The parameters and context written beside the data in every export; numbers stay numbers. */
export function exportFacts(data: TallyResponse['data']): Array<[string, string | number]> {
  const { params, totals } = data;
  const e = totals.episodeMetrics;
  const p = totals.pledgeMetrics;
  return [
    ['专项活动', `${data.campaign.name}（${data.campaign.slug}）`],
    ['统计维度', groupByText(params.groupBy)],
    ['统计周期', `${PERIOD_LABELS[params.period]}（${params.period}）`],
    ['统计量', `${MEASURE_LABELS[params.measure]}（${params.measure}）`],
    ['起始日期', params.from ?? '不限'],
    ['截止日期', params.to ?? '不限'],
    ['时区', timeZoneLabel(params.timeZone)],
    ...TALLIED_TYPE_RECORDS.map((t): [string, number] => [t.label, totals[t.total]]),
    ['合计', totals.total],
    ['曝光问题', e.problemsRaised],
    ['已整改问题', e.problemsResolved],
    ['问题整改率', rateOrDash(e.resolutionRate)],
    ['承诺事项', p.itemsPledged],
    ['已兑现承诺事项', p.itemsFulfilled],
    ['承诺兑现率', rateOrDash(p.itemsPledged ? p.itemsFulfilled / p.itemsPledged : null)],
    ['作出承诺的区直部门', p.departmentsPledged],
    ['区直部门总数', p.departmentsTotal],
    ...reviewFacts(totals.reviewMetrics),
    ['统计口径', data.rule],
    ...(data.scoring
      ? [
          ['得分合计', data.scoring.totalScore] as [string, number],
          ['计分办法', data.scoring.formula] as [string, string],
          ...(data.scoring.rules.length
            ? ruleLines(data.scoring.rules).map(([rule, part, key, value]): [string, string] => [
                `计分规则：${rule}`,
                `${part}·${key} = ${value}`,
              ])
            : [['计分规则', '尚未设定计分规则，全部计0分'] as [string, string]]),
        ]
      : []),
    ['生成时间', readableInZone(Date.parse(data.generatedAt), params.timeZone)],
    ['应用版本', data.appVersion],
  ];
}
