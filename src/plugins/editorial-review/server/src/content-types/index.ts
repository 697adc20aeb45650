import { PLUGIN_ID } from '../../../shared/constants';
import { WORD_CATEGORIES, WORD_LEVELS } from '../../../shared/word-check';

const hidden = {
  'content-manager': { visible: false },
  'content-type-builder': { visible: false },
};

const internal = (collectionName: string, singularName: string, pluralName: string) => ({
  kind: 'collectionType',
  collectionName,
  info: { singularName, pluralName, displayName: singularName },
  options: { draftAndPublish: false },
  pluginOptions: hidden,
});

// documentId is Strapi's own; the reviewed document is the item.
const documentKey = {
  itemType: { type: 'string', required: true, maxLength: 80 },
  itemDocumentId: { type: 'string', required: true, maxLength: 64 },
};

/** Where each reviewed document is in its review: one row per document. */
const reviewState = {
  schema: {
    ...internal('editorial_review_states', 'review-state', 'review-states'),
    attributes: {
      ...documentKey,
      stage: { type: 'string', required: true, maxLength: 16 },
      /** Counts submissions; sign-offs belong to one cycle. */
      cycle: { type: 'integer', required: true, default: 0 },
      title: { type: 'string', maxLength: 255 },
      campaignDocumentId: { type: 'string', maxLength: 64 },
      columnDocumentId: { type: 'string', maxLength: 64 },
      submittedFingerprint: { type: 'string', maxLength: 64 },
      approvedFingerprint: { type: 'string', maxLength: 64 },
      submittedById: { type: 'integer' },
      submittedAt: { type: 'datetime' },
      /** When the current stage began: the queue's waiting time. */
      stageSince: { type: 'datetime' },
      /** Admin user ids who wrote this cycle's version: they sign no level of it. */
      authors: { type: 'json' },
      /** Why the review went back: a rejection's reason, or 送审后有修改. */
      note: { type: 'text' },
      noteByName: { type: 'string', maxLength: 255 },
      noteAt: { type: 'datetime' },
      /** The 错敏词 hits of the version submitted: the reviewers see them. */
      wordHits: { type: 'json' },
      /** The final reviewer's override of block-level words, bound to the draft it saw. */
      wordOverride: { type: 'json' },
    },
    indexes: [
      { name: 'er_state_document', columns: ['item_type', 'item_document_id'], type: 'unique' },
      { name: 'er_state_queue', columns: ['stage', 'stage_since'] },
    ],
  },
};

/** One reviewer's decision on one level of one cycle, bound to the fingerprint it saw. */
const signoff = {
  schema: {
    ...internal('editorial_review_signoffs', 'signoff', 'signoffs'),
    attributes: {
      ...documentKey,
      cycle: { type: 'integer', required: true },
      level: { type: 'integer', required: true },
      decision: { type: 'string', required: true, maxLength: 8 },
      reviewerId: { type: 'integer', required: true },
      reviewerName: { type: 'string', maxLength: 255 },
      opinion: { type: 'text' },
      fingerprint: { type: 'string', required: true, maxLength: 64 },
      signedAt: { type: 'datetime', required: true },
      /** How long the item waited at this level before this decision: the review metrics. */
      waitSeconds: { type: 'integer' },
      voidedAt: { type: 'datetime' },
      voidReason: { type: 'string', maxLength: 255 },
    },
    indexes: [
      { name: 'er_signoff_cycle', columns: ['item_type', 'item_document_id', 'cycle', 'level'] },
    ],
  },
};

/**
 * One submission (送审) of one version: where it went and how long it took, for the review
 * metrics of the tally. Times are epoch milliseconds, so the SQL that counts them is the same
 * on every database.
 */
const reviewCycle = {
  schema: {
    ...internal('editorial_review_cycles', 'review-cycle', 'review-cycles'),
    attributes: {
      ...documentKey,
      cycle: { type: 'integer', required: true },
      /** The campaign of the version submitted: the tally counts the cycle there. */
      campaignDocumentId: { type: 'string', maxLength: 64 },
      submittedMs: { type: 'biginteger', required: true },
      /** pending, approved (终审通过), rejected (退回) or superseded (送审后有修改). */
      outcome: { type: 'string', required: true, maxLength: 12 },
      decidedMs: { type: 'biginteger' },
      /** The first publication of this cycle's version, and its seconds since submission. */
      publishedMs: { type: 'biginteger' },
      publishSeconds: { type: 'integer' },
    },
    indexes: [
      {
        name: 'er_cycle_item',
        columns: ['item_type', 'item_document_id', 'cycle'],
        type: 'unique',
      },
      { name: 'er_cycle_campaign', columns: ['campaign_document_id', 'submitted_ms'] },
    ],
  },
};

/** The 签发单 of one published version: what was published and who signed it, as it was then. */
const sheet = {
  schema: {
    ...internal('editorial_review_sheets', 'sheet', 'sheets'),
    attributes: {
      ...documentKey,
      title: { type: 'string', maxLength: 255 },
      columnName: { type: 'string', maxLength: 255 },
      outlet: { type: 'string', maxLength: 64 },
      format: { type: 'string', maxLength: 64 },
      author: { type: 'string', maxLength: 255 },
      wordCount: { type: 'integer' },
      fingerprint: { type: 'string', maxLength: 64 },
      /** [{ level, reviewerName, signedAt, opinion }] of the cycle that passed. */
      signoffs: { type: 'json' },
      publishedByName: { type: 'string', maxLength: 255 },
      publishedAt: { type: 'datetime', required: true },
      origin: { type: 'string', maxLength: 16 },
      /** 错敏词放行: the words let through, the reason and who decided. */
      wordOverride: { type: 'json' },
    },
    indexes: [
      { name: 'er_sheet_document', columns: ['item_type', 'item_document_id', 'published_at'] },
      { name: 'er_sheet_published', columns: ['published_at'] },
    ],
  },
};

/**
 * The 操作日志. Append-only: no route or service changes an entry, and database triggers
 * (repositories/audit-guard.ts) refuse UPDATE, and DELETE of anything younger than the retention.
 */
const auditEntry = {
  schema: {
    ...internal('editorial_review_audit', 'audit-entry', 'audit-entries'),
    attributes: {
      /** Epoch milliseconds: the triggers compare it with the database clock. */
      occurredAt: { type: 'biginteger', required: true },
      userId: { type: 'integer' },
      userName: { type: 'string', maxLength: 255 },
      roles: { type: 'string', maxLength: 255 },
      ip: { type: 'string', maxLength: 64 },
      origin: { type: 'string', required: true, maxLength: 16 },
      action: { type: 'string', required: true, maxLength: 16 },
      itemType: { type: 'string', maxLength: 80 },
      itemDocumentId: { type: 'string', maxLength: 64 },
      fields: { type: 'text' },
      titleBefore: { type: 'string', maxLength: 255 },
      titleAfter: { type: 'string', maxLength: 255 },
      detail: { type: 'text' },
    },
    indexes: [
      { name: 'er_audit_time', columns: ['occurred_at'] },
      { name: 'er_audit_document', columns: ['item_type', 'item_document_id', 'occurred_at'] },
      { name: 'er_audit_user', columns: ['user_id', 'occurred_at'] },
      { name: 'er_audit_action', columns: ['action', 'occurred_at'] },
    ],
  },
};

/** Admins manage the 错敏词 library in the content manager: visible there, no drafts. */
const managed = (
  collectionName: string,
  singularName: string,
  pluralName: string,
  displayName: string
) => ({
  kind: 'collectionType',
  collectionName,
  info: { singularName, pluralName, displayName },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
});

/** One entry of the 错敏词 library. */
const word = {
  schema: {
    ...managed('editorial_review_words', 'word', 'words', '错敏词'),
    attributes: {
      word: { type: 'string', required: true, unique: true, maxLength: 64 },
      category: {
        type: 'enumeration',
        enum: Object.keys(WORD_CATEGORIES),
        required: true,
        default: 'custom',
      },
      level: {
        type: 'enumeration',
        enum: Object.keys(WORD_LEVELS),
        required: true,
        default: 'warn',
      },
      replacement: { type: 'string', maxLength: 64 },
      note: { type: 'string', maxLength: 255 },
    },
  },
};

/** A legitimate longer term that contains a listed word (第一书记 contains 第一). */
const allowedTerm = {
  schema: {
    ...managed('editorial_review_allowed_terms', 'allowed-term', 'allowed-terms', '错敏词白名单'),
    attributes: {
      term: { type: 'string', required: true, unique: true, maxLength: 64 },
      note: { type: 'string', maxLength: 255 },
    },
  },
};

export const REVIEW_UIDS = {
  state: `plugin::${PLUGIN_ID}.review-state`,
  signoff: `plugin::${PLUGIN_ID}.signoff`,
  sheet: `plugin::${PLUGIN_ID}.sheet`,
  cycle: `plugin::${PLUGIN_ID}.review-cycle`,
  audit: `plugin::${PLUGIN_ID}.audit-entry`,
} as const;

export const AUDIT_TABLE = auditEntry.schema.collectionName;
export const CYCLE_TABLE = reviewCycle.schema.collectionName;
export const SIGNOFF_TABLE = signoff.schema.collectionName;

export default {
  'review-state': reviewState,
  signoff,
  'review-cycle': reviewCycle,
  sheet,
  'audit-entry': auditEntry,
  word,
  'allowed-term': allowedTerm,
};
