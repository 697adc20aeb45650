import type { TallyResponse } from '../../../shared/contracts';
import { tallyTable } from '../exports/tally-table';

/** Display width in a terminal: CJK characters take two columns. */
const displayWidth = (text: string) =>
  [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A readable plain-text table of the tally, with the totals and metrics underneath. */
export function textTable(data: TallyResponse['data']): string {
  const table = tallyTable(data);
  const cells = [table.headers, ...table.rows.map((r) => r.map(String))];
  const widths = table.headers.map((_, i) =>
    Math.max(...cells.map((row) => displayWidth(row[i] ?? '')))
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => padEnd(cell, widths[i]))
      .join('  ')
      .trimEnd();
  const { totals } = data;
  const e = totals.episodeMetrics;
  const p = totals.pledgeMetrics;
  return [
    `${data.campaign.name}（${data.campaign.slug}）  时区 ${data.campaign.timeZone}  ${data.params.from ?? '…'} 至 ${data.params.to ?? '…'}`,
    '',
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
    '',
    `合计 ${totals.total}：稿件 ${totals.articles}，问政节目 ${totals.episodes}，部门承诺 ${totals.pledges}`,
    `问题 ${e.problemsRaised}（整改中 ${e.problemsRectifying}，已整改 ${e.problemsResolved}）；` +
      `承诺事项 ${p.itemsPledged}（已兑现 ${p.itemsFulfilled}）；作出承诺的区直部门 ${p.departmentsPledged}/${p.departmentsTotal}`,
    '',
  ].join('\n');
}
