import type { Dimension, TallyResponse } from '../../../shared/contracts';
import { COUNT_HEADER, DIMENSION_HEADERS } from '../labels';

export interface TallyTable {
  headers: string[];
  rows: Array<Array<string | number>>;
}

/** The tally as a plain table: one column per requested dimension (zh-CN labels) and the count. */
export function tallyTable(data: Pick<TallyResponse['data'], 'params' | 'rows'>): TallyTable {
  const dimensions: Dimension[] = data.params.groupBy;
  return {
    headers: [...dimensions.map((d) => DIMENSION_HEADERS[d]), COUNT_HEADER],
    rows: data.rows.map((row) => [...dimensions.map((d) => row.labels[d] ?? ''), row.count]),
  };
}

/** The parameters and context written beside the data in every export. */
export function exportFacts(data: TallyResponse['data']): Array<[string, string]> {
  const { params, totals } = data;
  return [
    ['专项活动', `${data.campaign.name}（${data.campaign.slug}）`],
    ['统计维度', params.groupBy.length ? params.groupBy.join(', ') : '（合计）'],
    ['统计周期', params.period],
    ['起始日期', params.from ?? '（不限）'],
    ['截止日期', params.to ?? '（不限）'],
    ['时区', params.timeZone],
    ['稿件', String(totals.articles)],
    ['问政节目', String(totals.episodes)],
    ['部门承诺', String(totals.pledges)],
    ['合计', String(totals.total)],
    ['曝光问题', String(totals.episodeMetrics.problemsRaised)],
    ['已整改问题', String(totals.episodeMetrics.problemsResolved)],
    ['承诺事项', String(totals.pledgeMetrics.itemsPledged)],
    ['已兑现承诺事项', String(totals.pledgeMetrics.itemsFulfilled)],
    [
      '作出承诺的区直部门',
      `${totals.pledgeMetrics.departmentsPledged} / ${totals.pledgeMetrics.departmentsTotal}`,
    ],
    ['统计口径', data.rule],
    ['生成时间', data.generatedAt],
    ['应用版本', data.appVersion],
  ];
}
