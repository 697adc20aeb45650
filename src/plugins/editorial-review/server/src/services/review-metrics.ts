import type { Core } from '@strapi/strapi';
import { zonedTimeToUtc } from 'date-fns-tz';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../shared/constants';
import type { ReviewMetrics } from '../../../shared/contracts';
import { createReviewMetricsRepository } from '../repositories/review-metrics-repository';
import { getReviewLevels } from './review-levels';

/** A campaign and an inclusive range of local days, as the tally asks. */
export interface ReviewMetricsQuery {
  campaignDocumentId: string;
  from: string | null;
  to: string | null;
  timeZone: string;
}

const DAY_MS = 86_400_000;
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The start of a local day, in epoch milliseconds. */
const dayStartMs = (day: string, timeZone: string) =>
  zonedTimeToUtc(`${day}T00:00:00`, timeZone).getTime();

/** The review metrics the tally shows beside its counts (submitted, approved, rejected, medians). */
export const createReviewMetricsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async forCampaign(query: ReviewMetricsQuery): Promise<ReviewMetrics> {
    const repository = createReviewMetricsRepository(strapi);
    const range = {
      campaignDocumentId: query.campaignDocumentId,
      fromMs: query.from ? dayStartMs(query.from, query.timeZone) : null,
      // The end day is inclusive: up to the start of the day after it (a DST-safe next day).
      toMs: query.to
        ? dayStartMs(
            new Date(Date.parse(`${query.to}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10),
            query.timeZone
          )
        : null,
    };
    const outcomes = await repository.cycleOutcomes(range);
    const { decisions, medians } = await repository.levelDecisions(range);
    const count = (outcome: string) => outcomes.byOutcome.get(outcome) ?? 0;
    const deepest = Math.max(0, ...Object.values(getReviewLevels(strapi)));
    const levels = LEVELS.filter((l) => l <= deepest).map((level: Level) => {
      const at = (decision: string) =>
        decisions.find((d) => d.level === level && d.decision === decision)?.count ?? 0;
      const approved = at('approve');
      const rejected = at('reject');
      return {
        level,
        label: LEVEL_LABELS[level],
        approved,
        rejected,
        rejectionRate: rate(rejected, approved + rejected),
        medianWaitSeconds: medians.get(level) ?? null,
      };
    });
    const approved = count('approved');
    const rejected = count('rejected');
    return {
      submitted: [...outcomes.byOutcome.values()].reduce((a, b) => a + b, 0),
      approved,
      rejected,
      superseded: count('superseded'),
      pending: count('pending'),
      rejectionRate: rate(rejected, approved + rejected),
      published: outcomes.published,
      medianSecondsToPublish: outcomes.medianSecondsToPublish,
      levels,
    };
  },
});

export type ReviewMetricsService = ReturnType<typeof createReviewMetricsService>;
