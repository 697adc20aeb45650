import { PICKUP_LEVEL_LABELS } from '../../../shared/dimensions';
import { SCORED_FORMAT_LABELS, type AssessmentResponse } from '../../../shared/scoring';
import { timeZoneLabel } from '../labels';
import { readableInZone } from '../periods/time-zone';
import { ruleLines, type TallyTable } from './tally-table';

type Data = AssessmentResponse['data'];

/** The 考核表: one row per reporter and unit, items by format and 上稿 level, and points. */
export function assessmentTable(data: Data): TallyTable {
  const formats = Object.keys(SCORED_FORMAT_LABELS);
  const levels = Object.keys(PICKUP_LEVEL_LABELS);
  return {
    headers: [
      '记者',
      '身份',
      '科室',
      ...formats.map((f) => `${SCORED_FORMAT_LABELS[f]}（件）`),
      '发稿合计（件）',
      ...levels.map(
        (l) => `${PICKUP_LEVEL_LABELS[l as keyof typeof PICKUP_LEVEL_LABELS]}上稿（件）`
      ),
      '得分',
    ],
    rows: data.reporters.map((r) => [
      r.name,
      r.kindLabel,
      r.unit || '—',
      ...formats.map((f) => r.items[f] ?? 0),
      r.itemsTotal,
      ...levels.map((l) => r.pickups[l] ?? 0),
      r.score,
    ]),
  };
}

/** The detail sheet: each (story, reporter) with the rule lines that scored the story. */
export function assessmentDetailTable(data: Data): TallyTable {
  return {
    headers: [
      '首次发布日期',
      '类型',
      '标题',
      '专项活动',
      '稿件形式',
      '刊播平台',
      '版面位置',
      '上稿（最高级别）',
      '计分规则',
      '基础分',
      '平台系数',
      '版面系数',
      '上稿加分',
      '本稿得分',
      '记者',
      '科室',
      '署名份额（%）',
      '记者得分',
    ],
    rows: data.details.map((d) => [
      d.day,
      d.typeLabel,
      d.title,
      d.campaign,
      d.format,
      d.outlet,
      d.placement,
      d.pickup,
      d.rule,
      d.basePoints,
      d.outletFactor,
      d.placementFactor,
      d.pickupBonus,
      d.itemScore,
      d.reporter,
      d.unit || '—',
      d.share,
      d.score,
    ]),
  };
}

/** The rule sheet: the parameters, the formula, and every line of every rule version. */
export function assessmentRuleTable(data: Data): TallyTable {
  const { params } = data;
  return {
    headers: ['项目', '内容', '分项', '分值'],
    rows: [
      ['统计时段', `${params.from} 至 ${params.to}`, '', ''],
      ['专项活动', params.campaign ?? '全部', '', ''],
      ['时区', timeZoneLabel(params.timeZone), '', ''],
      ['发稿合计（件）', data.totals.items, '', ''],
      ['一线记者发稿（件）', data.totals.staffItems, '', ''],
      ['得分合计', data.totals.score, '', ''],
      ['计分办法', data.formula, '', ''],
      ...(data.rules.length
        ? ruleLines(data.rules).map(([rule, part, key, value]) => [
            `计分规则：${rule}`,
            part,
            key,
            value,
          ])
        : [['计分规则', '尚未设定计分规则，全部计0分', '', '']]),
      ['生成时间', readableInZone(Date.parse(data.generatedAt), params.timeZone), '', ''],
      ['应用版本', data.appVersion, '', ''],
    ],
  };
}
