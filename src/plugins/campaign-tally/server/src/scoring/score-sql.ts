import type { ScoreRuleVersion } from '../../../shared/scoring';
import { literal } from '../repositories/sql-dialect';

/**
 * SQL expressions that score a ledger row (alias `l`: its local_day, type, format, outlet,
 * placement and pickup_level) by the rule versions. Everything is integer arithmetic in
 * hundredths, the same on SQLite and PostgreSQL: points and factors are cents, so
 *   points = (base × outlet × placement + 5000) / 10000 + bonus   (cents, rounded half up).
 * The rule values are inlined as integer literals: they come from the rule table, are checked to
 * be whole cents, and PostgreSQL cannot type a bound parameter inside CASE arithmetic.
 */
export interface ScoreSql {
  /** Index (in `versions`) of the version in force, or NULL before the first. */
  version: string;
  base: string;
  outletFactor: string;
  placementFactor: string;
  bonus: string;
  points: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[a-z][a-z-]{0,31}$/;

/** A value in cents as an SQL integer literal. */
export function cents(value: number): string {
  const c = Math.round(value * 100);
  if (!Number.isSafeInteger(c) || c < 0) throw new Error(`scoring value ${value} is not valid`);
  return String(c);
}

/** CASE over the versions, newest first: `per(version)` is the expression while it is in force. */
function byVersion(
  versions: ScoreRuleVersion[],
  alias: string,
  per: (v: ScoreRuleVersion, i: number) => string,
  before: string
): string {
  if (!versions.length) return before;
  const branches = versions
    .map((v, i) => {
      if (!DAY.test(v.effectiveFrom)) throw new Error(`scoring rule date ${v.effectiveFrom}`);
      return `WHEN ${alias}.local_day >= ${literal(v.effectiveFrom)} THEN ${per(v, i)}`;
    })
    .reverse();
  return `(CASE ${branches.join(' ')} ELSE ${before} END)`;
}

/** CASE over one part's keys: the cents of the key, or `missing` cents. */
function lookup(column: string, values: Record<string, number>, missing: number): string {
  const keys = Object.keys(values).filter((k) => KEY.test(k));
  if (!keys.length) return cents(missing);
  return `(CASE ${column} ${keys.map((k) => `WHEN ${literal(k)} THEN ${cents(values[k])}`).join(' ')} ELSE ${cents(missing)} END)`;
}

export function scoreSql(versions: ScoreRuleVersion[], alias = 'l'): ScoreSql {
  const formatKey = `COALESCE(${alias}.format, ${alias}.type)`;
  const base = byVersion(versions, alias, (v) => lookup(formatKey, v.basePoints, 0), '0');
  const outletFactor = byVersion(
    versions,
    alias,
    (v) => lookup(`${alias}.outlet`, v.outletFactors, 1),
    '100'
  );
  const placementFactor = byVersion(
    versions,
    alias,
    (v) => lookup(`${alias}.placement`, v.placementFactors, 1),
    '100'
  );
  const bonus = byVersion(
    versions,
    alias,
    (v) => lookup(`${alias}.pickup_level`, v.pickupBonuses, 0),
    '0'
  );
  return {
    version: byVersion(versions, alias, (_, i) => String(i), 'CAST(NULL AS INTEGER)'),
    base,
    outletFactor,
    placementFactor,
    bonus,
    points: `((${base} * ${outletFactor} * ${placementFactor} + 5000) / 10000 + ${bonus})`,
  };
}
