import type { Core } from '@strapi/strapi';
import type { ScoreRuleVersion } from '../../../shared/scoring';
import { SCORING_RULE_UID } from '../../../shared/tallied-types';

type Line = Record<string, unknown>;
interface RuleRow {
  documentId: string;
  name: string;
  effectiveFrom: string;
  note?: string | null;
  formatPoints?: Line[];
  outletFactors?: Line[];
  placementFactors?: Line[];
  pickupBonuses?: Line[];
}

/** Lines (key, value) as a record; a key listed twice keeps its first value (the app refuses it). */
const byKey = (lines: Line[] | undefined, key: string, value: string) => {
  const out: Record<string, number> = {};
  for (const line of lines ?? []) {
    const k = String(line[key]);
    if (!(k in out)) out[k] = Number(line[value]);
  }
  return out;
};

/** The scoring rule versions (the app's 考核计分规则), through Strapi's Query Engine. */
export function createScoringRuleRepository(strapi: Core.Strapi) {
  return {
    /** Every version, oldest first; none when the app has no scoring rule type. */
    async versions(): Promise<ScoreRuleVersion[]> {
      if (!strapi.contentTypes[SCORING_RULE_UID]) return [];
      const rows = (await strapi.db.query(SCORING_RULE_UID).findMany({
        select: ['documentId', 'name', 'effectiveFrom', 'note'],
        populate: {
          formatPoints: true,
          outletFactors: true,
          placementFactors: true,
          pickupBonuses: true,
        },
        orderBy: { effectiveFrom: 'asc' },
      })) as RuleRow[];
      return rows.map((r) => ({
        documentId: r.documentId,
        name: r.name,
        effectiveFrom: String(r.effectiveFrom).slice(0, 10),
        note: r.note ?? null,
        basePoints: byKey(r.formatPoints, 'format', 'points'),
        outletFactors: byKey(r.outletFactors, 'outlet', 'factor'),
        placementFactors: byKey(r.placementFactors, 'placement', 'factor'),
        pickupBonuses: byKey(r.pickupBonuses, 'level', 'points'),
      }));
    },
  };
}
