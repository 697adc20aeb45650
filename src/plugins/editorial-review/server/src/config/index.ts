/** Plugin config: the retention of the audit log. Review levels come from REVIEW_LEVELS. */
export interface EditorialReviewConfig {
  /** Audit entries older than this many days are deleted by the daily purge; 0 keeps them all. */
  auditRetentionDays: number;
  /** Review levels per type as REVIEW_LEVELS writes them; unset keeps the defaults. */
  reviewLevels?: string;
  /** Redis for the 错敏词 library's revision; empty: the database stamp. */
  redisUrl: string;
  redisPrefix: string;
  /** Whether a new 错敏词 library starts with the starter list. */
  starterWords: boolean;
}

export default {
  default: {
    auditRetentionDays: 3650,
    redisUrl: '',
    redisPrefix: 'cms:cache:',
    starterWords: true,
  } satisfies EditorialReviewConfig,
  validator(config: Partial<EditorialReviewConfig>) {
    const days = config.auditRetentionDays;
    if (days !== undefined && (!Number.isInteger(days) || days < 0))
      throw new Error(
        `editorial-review: auditRetentionDays must be a whole number ≥ 0, got ${days}`
      );
    if (config.reviewLevels !== undefined && typeof config.reviewLevels !== 'string')
      throw new Error('editorial-review: reviewLevels must be a string such as article:3,pledge:2');
  },
};
