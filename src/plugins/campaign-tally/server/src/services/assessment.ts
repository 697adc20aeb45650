import type { Core } from '@strapi/strapi';
import {
  FORMAT_LABELS,
  OUTLET_LABELS,
  PICKUP_LEVEL_LABELS,
  PLACEMENT_LABELS,
} from '../../../shared/dimensions';
import {
  SCORE_FORMULA,
  SCORED_FORMAT_LABELS,
  type AssessmentDetailRow,
  type AssessmentReporterRow,
  type AssessmentResponse,
} from '../../../shared/scoring';
import { TALLIED_TYPE_RECORDS } from '../../../shared/tallied-types';
import { getService } from '../get-service';
import { isoInZone } from '../periods/time-zone';
import { pluginConfig } from '../plugin-config-access';
import { createRepositories } from '../repositories';
import { scoreOf } from '../repositories/ledger-reader';
import { scoreSql } from '../scoring/score-sql';

export interface AssessmentQuery {
  from: string;
  to: string;
  /** A campaign slug, or null for everything published in the range. */
  campaign: string | null;
}

export const REPORTER_KIND_LABELS: Record<string, string> = {
  staff: '中心记者',
  correspondent: '通讯员',
};
const TYPE_LABELS: Record<string, string> = Object.fromEntries(
  TALLIED_TYPE_RECORDS.map((t) => [t.type, t.label])
);
const NOBODY = '未署名';
const label = (labels: Record<string, string>, key: string | null, none: string) =>
  key === null ? none : (labels[key] ?? key);

/** The monthly 考核表: per reporter and unit, from the ledger's credit rows, scored in SQL. */
export const createAssessmentService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async assess(query: AssessmentQuery): Promise<AssessmentResponse['data']> {
    const { timeZone } = pluginConfig(strapi);
    const campaigns = getService('campaigns', { strapi });
    const campaign = query.campaign ? await campaigns.findBySlug(query.campaign) : null;
    const filter = {
      campaignDocumentId: campaign?.documentId ?? null,
      from: query.from,
      to: query.to,
    };
    const { assessment, ledgerReader, reporters, scoringRules } = createRepositories({ strapi });
    const rules = await scoringRules.versions();
    const score = scoreSql(rules);

    const groups = await assessment.creditGroups(filter, score);
    const details = await assessment.creditDetails(filter, score);
    const names = await reporters.namesById([
      ...new Set(groups.map((g) => g.reporterDocumentId).filter((id) => id !== '')),
    ]);
    const titles = await assessment.titles(
      details.map((d) => ({ type: d.type, documentId: d.itemDocumentId }))
    );
    const campaignNames = new Map((await campaigns.list()).map((c) => [c.documentId, c.name]));

    const rows = new Map<string, AssessmentReporterRow & { units: number }>();
    for (const g of groups) {
      const key = JSON.stringify([g.reporterDocumentId, g.unit]);
      let row = rows.get(key);
      if (!row) {
        const name = names.get(g.reporterDocumentId);
        row = {
          reporter: g.reporterDocumentId ? (name?.slug ?? g.reporterDocumentId) : null,
          name: g.reporterDocumentId ? (name?.name ?? '（已删除的记者）') : NOBODY,
          kind: g.kind || null,
          kindLabel: REPORTER_KIND_LABELS[g.kind] ?? '—',
          unit: g.unit,
          items: Object.fromEntries(Object.keys(SCORED_FORMAT_LABELS).map((k) => [k, 0])),
          itemsTotal: 0,
          pickups: Object.fromEntries(Object.keys(PICKUP_LEVEL_LABELS).map((k) => [k, 0])),
          score: 0,
          units: 0,
        };
        rows.set(key, row);
      }
      row.items[g.formatKey] = (row.items[g.formatKey] ?? 0) + g.items;
      row.itemsTotal += g.items;
      if (g.pickupLevel) row.pickups[g.pickupLevel] = (row.pickups[g.pickupLevel] ?? 0) + g.items;
      row.units += g.scoreUnits;
    }
    const reporterRows = [...rows.values()]
      .map(({ units, ...row }) => ({ ...row, score: scoreOf(units, true) }))
      // People first, by points; the uncredited share last.
      .sort(
        (a, b) =>
          Number(a.reporter === null) - Number(b.reporter === null) ||
          b.score - a.score ||
          a.name.localeCompare(b.name, 'zh-CN')
      );

    const detailRows = details.map((d): AssessmentDetailRow => {
      const rule = d.version === null ? null : rules[d.version];
      const reporter = names.get(d.reporterDocumentId);
      return {
        day: d.day,
        type: d.type,
        typeLabel: TYPE_LABELS[d.type] ?? d.type,
        documentId: d.itemDocumentId,
        title: titles.get(`${d.type}:${d.itemDocumentId}`) ?? '',
        campaign: campaignNames.get(d.campaignDocumentId) ?? '',
        format: label(FORMAT_LABELS, d.format, d.type === 'episode' ? '问政节目' : '—'),
        outlet: label(OUTLET_LABELS, d.outlet, '—'),
        placement: label(PLACEMENT_LABELS, d.placement, '—'),
        pickup: label(PICKUP_LEVEL_LABELS, d.pickupLevel, '—'),
        rule: rule ? `${rule.name}（${rule.effectiveFrom}起）` : '未设规则',
        basePoints: d.base / 100,
        outletFactor: d.outletFactor / 100,
        placementFactor: d.placementFactor / 100,
        pickupBonus: d.bonus / 100,
        itemScore: d.points / 100,
        reporter: d.reporterDocumentId ? (reporter?.name ?? '（已删除的记者）') : NOBODY,
        unit: d.unit,
        share: d.shareBp / 100,
        score: scoreOf(d.points * d.shareBp, true),
      };
    });

    const byType = await ledgerReader.countsByType(filter);
    return {
      params: { from: query.from, to: query.to, campaign: campaign?.slug ?? null, timeZone },
      formula: SCORE_FORMULA,
      rules,
      reporters: reporterRows,
      details: detailRows,
      totals: {
        items: Object.values(byType).reduce((a, b) => a + (b ?? 0), 0),
        score: await ledgerReader.totalScore(filter, score.points),
        staffItems: await ledgerReader.staffItems(filter),
      },
      generatedAt: isoInZone(Date.now(), timeZone),
      appVersion: String(strapi.config.get('info.version') ?? '0.0.0'),
    };
  },
});

export type AssessmentService = ReturnType<typeof createAssessmentService>;
