import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RULE_PARTS } from '../plugins/campaign-tally/shared/scoring';

export const SCORING_RULE = 'api::scoring-rule.scoring-rule';

/** The component field of each rule part, and the key and value attributes of its lines. */
const LINE_FIELDS = {
  basePoints: { field: 'formatPoints', key: 'format', value: 'points' },
  outletFactors: { field: 'outletFactors', key: 'outlet', value: 'factor' },
  placementFactors: { field: 'placementFactors', key: 'placement', value: 'factor' },
  pickupBonuses: { field: 'pickupBonuses', key: 'level', value: 'points' },
} as const;

function refuse(message: string, path: Array<string | number>): never {
  throw new errors.ValidationError(message, {
    errors: [{ path, message, name: 'ValidationError' }],
  });
}

/** A value the tally can score with exactly: a number, not negative, in whole hundredths. */
const isCents = (value: unknown) => {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
};

/**
 * A scoring rule version is scored from in SQL, so it must be unambiguous: one line per key in
 * each part, values in whole hundredths, and one version per start date (in Chinese, before
 * Strapi's own unique check answers in English).
 */
export const scoringRuleRules =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    if (context.uid !== SCORING_RULE || !['create', 'update'].includes(context.action))
      return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};
    for (const { part, label, keys } of RULE_PARTS) {
      const { field, key, value } = LINE_FIELDS[part];
      const lines = data[field];
      if (lines === undefined || lines === null) continue;
      if (!Array.isArray(lines)) refuse(`${label}须是一个列表`, [field]);
      const seen = new Set<string>();
      (lines as Array<Record<string, unknown>>).forEach((line, i) => {
        const k = String(line?.[key] ?? '');
        const name = (keys as Record<string, string>)[k] ?? k;
        if (seen.has(k)) refuse(`${label}中“${name}”列了两次，每项只能有一条`, [field, i, key]);
        seen.add(k);
        if (!isCents(line?.[value]))
          refuse(`${label}“${name}”须是不小于 0 的数，最多两位小数`, [field, i, value]);
      });
    }
    if (typeof data.effectiveFrom === 'string') {
      const clash = await strapi.db.query(SCORING_RULE).findOne({
        where: {
          effectiveFrom: data.effectiveFrom.slice(0, 10),
          ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}),
        },
        select: ['name'],
      });
      if (clash)
        refuse(
          `${data.effectiveFrom.slice(0, 10)} 起已有计分规则“${clash.name}”，每个生效日期只能有一个版本`,
          ['effectiveFrom']
        );
    }
    return next();
  };
