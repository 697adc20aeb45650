import type { Core } from '@strapi/strapi';
import { CYCLE_TABLE, SIGNOFF_TABLE } from '../content-types';
import { readInTransaction, rowsOf } from './read-in-transaction';

/** The cycles of one campaign submitted in [fromMs, toMs): epoch milliseconds, null for open. */
export interface CycleRange {
  campaignDocumentId: string;
  fromMs: number | null;
  toMs: number | null;
}

/** A median over a window: the middle row, or the mean of the two middle rows. */
const medianOf = (valueSql: string, partitionSql: string | null) => {
  const over = partitionSql ? `PARTITION BY ${partitionSql} ` : '';
  return {
    window: `${valueSql} AS v, ROW_NUMBER() OVER (${over}ORDER BY ${valueSql}) AS rn, COUNT(*) OVER (${over ? over.trim() : ''}) AS n`,
    middle: 'rn IN ((n + 1) / 2, (n + 2) / 2)',
  };
};

/**
 * The review metrics in SQL: counts and medians over the cycle and sign-off tables, on SQLite
 * and PostgreSQL alike (epoch-millisecond columns, window functions, no percentile function).
 */
export function createReviewMetricsRepository(strapi: Core.Strapi) {
  const cycles = `"${CYCLE_TABLE}"`;
  const signoffs = `"${SIGNOFF_TABLE}"`;
  const read = readInTransaction(strapi);

  function where(range: CycleRange) {
    const parts = ['c.campaign_document_id = ?'];
    const bindings: unknown[] = [range.campaignDocumentId];
    if (range.fromMs !== null) {
      parts.push('c.submitted_ms >= ?');
      bindings.push(range.fromMs);
    }
    if (range.toMs !== null) {
      parts.push('c.submitted_ms < ?');
      bindings.push(range.toMs);
    }
    return { sql: parts.join(' AND '), bindings };
  }

  const joinCycles = `JOIN ${cycles} c ON c.item_type = s.item_type
    AND c.item_document_id = s.item_document_id AND c.cycle = s.cycle`;

  return {
    /** Cycles by outcome, cycles published, and the median seconds from submission to publication. */
    async cycleOutcomes(range: CycleRange) {
      const w = where(range);
      const median = medianOf('c.publish_seconds', null);
      return read(async (knex) => {
        const outcomes = rowsOf<{ outcome: string; count: string | number }>(
          await knex.raw(
            `SELECT c.outcome AS outcome, COUNT(*) AS count FROM ${cycles} c
             WHERE ${w.sql} GROUP BY c.outcome`,
            w.bindings
          )
        );
        const [publication] = rowsOf<{ published: string | number; median: unknown }>(
          await knex.raw(
            `WITH d AS (SELECT ${median.window} FROM ${cycles} c
               WHERE ${w.sql} AND c.publish_seconds IS NOT NULL)
             SELECT (SELECT COUNT(*) FROM d) AS published,
                    (SELECT AVG(v) FROM d WHERE ${median.middle}) AS median`,
            w.bindings
          )
        );
        return {
          byOutcome: new Map(outcomes.map((r) => [r.outcome, Number(r.count)])),
          published: Number(publication?.published ?? 0),
          medianSecondsToPublish: publication?.median == null ? null : Number(publication.median),
        };
      });
    },

    /** Per level: decisions by kind, and the median seconds waited before a decision. */
    async levelDecisions(range: CycleRange) {
      const w = where(range);
      const median = medianOf('s.wait_seconds', 's.level');
      return read(async (knex) => {
        const decisions = rowsOf<{ level: number; decision: string; count: string | number }>(
          await knex.raw(
            `SELECT s.level AS level, s.decision AS decision, COUNT(*) AS count
             FROM ${signoffs} s ${joinCycles}
             WHERE ${w.sql} GROUP BY s.level, s.decision`,
            w.bindings
          )
        );
        const medians = rowsOf<{ level: number; median: unknown }>(
          await knex.raw(
            `WITH d AS (SELECT s.level AS level, ${median.window}
               FROM ${signoffs} s ${joinCycles}
               WHERE ${w.sql} AND s.wait_seconds IS NOT NULL)
             SELECT level, AVG(v) AS median FROM d WHERE ${median.middle} GROUP BY level`,
            w.bindings
          )
        );
        return {
          decisions: decisions.map((r) => ({
            level: Number(r.level),
            decision: r.decision,
            count: Number(r.count),
          })),
          medians: new Map(medians.map((r) => [Number(r.level), Number(r.median)])),
        };
      });
    },
  };
}

export type ReviewMetricsRepository = ReturnType<typeof createReviewMetricsRepository>;
