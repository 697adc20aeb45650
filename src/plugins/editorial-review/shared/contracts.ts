import type { WordHit, WordOverride } from './word-check';
import type { AuditAction, Level, Origin, Stage } from './constants';

export interface SignoffRecord {
  level: Level;
  decision: 'approve' | 'reject';
  reviewerId: number;
  reviewerName: string | null;
  opinion: string | null;
  signedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface SheetRecord {
  id: number;
  contentType: string;
  documentId: string;
  title: string | null;
  columnName: string | null;
  outlet: string | null;
  format: string | null;
  author: string | null;
  wordCount: number | null;
  signoffs: Array<{
    level: Level;
    reviewerName: string | null;
    signedAt: string;
    opinion: string | null;
  }>;
  publishedByName: string | null;
  publishedAt: string;
  origin: string | null;
  /** 错敏词放行 by the final reviewer, when block-level words went out. */
  wordOverride: WordOverride | null;
}

/** GET /editorial-review/documents/:uid/:documentId */
export interface ReviewStateResponse {
  data: {
    contentType: string;
    documentId: string;
    levels: number;
    stage: Stage;
    stageLabel: string;
    cycle: number;
    note: string | null;
    noteByName: string | null;
    noteAt: string | null;
    submittedAt: string | null;
    /** Whether the draft is the exact version that passed the last level. */
    publishable: boolean;
    wordCount: number;
    signoffs: SignoffRecord[];
    /** What the current admin may do now, and why not where they may not. */
    can: { submit: boolean; approve: boolean; reject: boolean; reason: string | null };
    sheet: SheetRecord | null;
    /** 错敏词: the hits recorded at submission, the block-level hits now, and any override. */
    words: { atSubmission: WordHit[]; blocking: WordHit[]; override: WordOverride | null };
  };
}

export interface QueueItem {
  contentType: string;
  documentId: string;
  title: string | null;
  stage: Stage;
  stageLabel: string;
  level: Level;
  campaignDocumentId: string | null;
  columnDocumentId: string | null;
  stageSince: string | null;
  waitingMinutes: number;
}

/** GET /editorial-review/queue */
export interface QueueResponse {
  data: QueueItem[];
  meta: { total: number };
}

export interface AuditRecord {
  id: number;
  occurredAt: string;
  userId: number | null;
  userName: string | null;
  roles: string | null;
  ip: string | null;
  origin: Origin;
  action: AuditAction;
  contentType: string | null;
  documentId: string | null;
  fields: string[];
  /** The same fields by the labels editors see in the edit form (标题, 摘要). */
  fieldLabels: string[];
  titleBefore: string | null;
  titleAfter: string | null;
  detail: string | null;
}

/** GET /editorial-review/audit */
export interface AuditResponse {
  data: AuditRecord[];
  /** Pass as `before` for the next page; null on the last page. */
  meta: { next: number | null };
}

/** One review level's decisions on the cycles counted. */
export interface LevelReviewMetrics {
  level: Level;
  label: string;
  approved: number;
  rejected: number;
  /** rejected / (approved + rejected), or null with no decision. */
  rejectionRate: number | null;
  /** Median seconds an item waited at this level before the decision, or null. */
  medianWaitSeconds: number | null;
}

/**
 * The review metrics of one campaign: the 送审 cycles submitted in a range (by the day of
 * submission in the tally's time zone) and what became of them. The campaign-tally plugin shows
 * them beside its counts (its contract has the same shape: tests/review/review-metrics.test.ts).
 */
export interface ReviewMetrics {
  /** Cycles submitted: each 送审, and each new version an edit sent back to 初审. */
  submitted: number;
  /** Passed the last level (终审通过). */
  approved: number;
  /** Sent back to the author (退回修改). */
  rejected: number;
  /** Replaced by an edit while under review (送审后有修改). */
  superseded: number;
  /** Still waiting for a level. */
  pending: number;
  /** rejected / (approved + rejected), or null with no decision. */
  rejectionRate: number | null;
  /** Cycles whose version was published, and the median seconds from submission to publication. */
  published: number;
  medianSecondsToPublish: number | null;
  levels: LevelReviewMetrics[];
}
