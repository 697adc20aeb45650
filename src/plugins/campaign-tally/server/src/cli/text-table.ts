import Table from 'cli-table3';
import type { TallyResponse } from '../../../shared/contracts';
import { TALLIED_TYPE_RECORDS } from '../../../shared/tallied-types';
import { tallyTable } from '../exports/tally-table';
import { reviewSentence } from '../summary/summary-text';

/** A readable plain-text table of the tally (CJK widths by cli-table3), with totals underneath. */
export function textTable(data: TallyResponse['data']): string {
  const table = tallyTable(data);
  const rows = new Table({
    head: table.headers,
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  rows.push(...table.rows.map((row) => row.map(String)));
  const { totals } = data;
  const e = totals.episodeMetrics;
  const p = totals.pledgeMetrics;
  const byType = TALLIED_TYPE_RECORDS.map((t) => `${t.label} ${totals[t.total]}`).join('，');
  return [
    `${data.campaign.name}（${data.campaign.slug}）  时区 ${data.campaign.timeZone}  ${data.params.from ?? '…'} 至 ${data.params.to ?? '…'}`,
    '',
    rows.toString(),
    '',
    `合计 ${totals.total}：${byType}`,
    `问题 ${e.problemsRaised}（整改中 ${e.problemsRectifying}，已整改 ${e.problemsResolved}）；` +
      `承诺事项 ${p.itemsPledged}（已兑现 ${p.itemsFulfilled}）；作出承诺的区直部门 ${p.departmentsPledged}/${p.departmentsTotal}`,
    ...(data.scoring ? [`得分合计 ${data.scoring.totalScore}`] : []),
    ...(totals.reviewMetrics
      ? [`三审：${reviewSentence(totals.reviewMetrics) ?? '暂无送审'}`]
      : []),
    '',
  ].join('\n');
}
