import type { TallyTotals } from '../../../shared/contracts';
import { formatDuration, formatRate as percent } from '../../../shared/labels';

export interface SummaryFacts {
  campaignName: string;
  from: string | null;
  to: string | null;
  totals: TallyTotals;
  programmes: Array<{ programme: string; episodes: number }>;
  /** Items with a staff reporter (中心记者) in their bylines; 0 leaves the clause out. */
  staffItems?: number;
}

const zhDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

function periodPrefix(from: string | null, to: string | null): string {
  if (from && to) return `${zhDate(from)}至${zhDate(to)}，`;
  if (from) return `${zhDate(from)}以来，`;
  if (to) return `截至${zhDate(to)}，`;
  return '';
}

/**
 * The work-summary paragraph in the register of the centre's own reports ("集中刊播发…主题稿件
 * N条 … 专题问政N期 … 对N个区直部门的承诺事项进行刊播发"), built only from counted numbers.
 */
export function summaryText(facts: SummaryFacts): string {
  const { campaignName: name, totals } = facts;
  const parts: string[] = [];
  parts.push(
    `${periodPrefix(facts.from, facts.to)}在重要版面、重点栏目、重要位置开设“${name}”专栏专题，` +
      `集中刊播发反映全区${name}活动动态进展成效的主题稿件${totals.articles}条` +
      (facts.staffItems ? `，其中一线记者发稿${facts.staffItems}条` : '')
  );
  const episodes = totals.episodeMetrics;
  if (totals.episodes > 0) {
    const names = facts.programmes.map((p) => `《${p.programme}》`).join('');
    let clause = `${names || '问政'}栏目积极发挥舆论监督作用，开设专题问政${totals.episodes}期`;
    if (episodes.problemsRaised > 0) {
      clause += `，曝光存在的难点堵点问题${episodes.problemsRaised}个，已整改${episodes.problemsResolved}个`;
      if (episodes.problemsRectifying > 0) clause += `、正在整改${episodes.problemsRectifying}个`;
      if (episodes.resolutionRate !== null) clause += `，整改率${percent(episodes.resolutionRate)}`;
    }
    parts.push(clause);
  }
  const text = parts.join('，');
  const pledges = totals.pledgeMetrics;
  let paragraph = `${text}。`;
  if (pledges.departmentsPledged > 0 || totals.pledges > 0) {
    let clause = `对${pledges.departmentsPledged}个区直部门的承诺事项进行刊播发`;
    if (pledges.itemsPledged > 0)
      clause += `，共刊发承诺事项${pledges.itemsPledged}项，已兑现${pledges.itemsFulfilled}项`;
    paragraph = `${text}；${clause}。`;
  }
  const review = reviewSentence(totals.reviewMetrics);
  return review ? `${paragraph}${review}` : paragraph;
}

/** The 三审 sentence: "严格落实三审制度，送审N件次，终审通过N件次，退回修改N件次（退回率X%）…". */
export function reviewSentence(review: TallyTotals['reviewMetrics']): string | null {
  if (!review || review.submitted === 0) return null;
  let sentence = `严格落实稿件三审制度，送审${review.submitted}件次，终审通过${review.approved}件次，退回修改${review.rejected}件次`;
  if (review.rejectionRate !== null) sentence += `（退回率${percent(review.rejectionRate)}）`;
  if (review.medianSecondsToPublish !== null)
    sentence += `，从送审到发布用时中位数${formatDuration(review.medianSecondsToPublish)}`;
  return `${sentence}。`;
}
