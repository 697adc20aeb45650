import type { Core } from '@strapi/strapi';
import type { Level, Stage } from '../../../shared/constants';
import type { SheetRecord, SignoffRecord } from '../../../shared/contracts';
import type { WordHit, WordOverride } from '../../../shared/word-check';
import { REVIEW_UIDS } from '../content-types';

export interface ReviewStateRow {
  id: number;
  contentType: string;
  documentId: string;
  stage: Stage;
  cycle: number;
  title: string | null;
  campaignDocumentId: string | null;
  columnDocumentId: string | null;
  submittedFingerprint: string | null;
  approvedFingerprint: string | null;
  submittedById: number | null;
  submittedAt: string | Date | null;
  stageSince: string | Date | null;
  authors: number[] | null;
  note: string | null;
  noteByName: string | null;
  noteAt: string | Date | null;
  wordHits: WordHit[] | null;
  wordOverride: WordOverride | null;
}

export interface SignoffRow extends Omit<SignoffRecord, 'signedAt' | 'voidedAt'> {
  id: number;
  cycle: number;
  fingerprint: string;
  signedAt: string | Date;
  voidedAt: string | Date | null;
}

export type NewSheet = Omit<SheetRecord, 'id' | 'publishedAt'> & {
  fingerprint: string;
  publishedAt: Date;
};

/** A stored row with the item's key under the names the rest of the plugin uses. */
const keyed = <T>(row: unknown): T => {
  if (!row) return row as T;
  const { itemType, itemDocumentId, ...rest } = row as Record<string, unknown>;
  return { ...rest, contentType: itemType, documentId: itemDocumentId } as T;
};

/** The key `signedBy` answers with. */
export const signedKey = (contentType: string, documentId: string, cycle: number) =>
  `${contentType}\u0000${documentId}\u0000${cycle}`;

export type CycleOutcome = 'pending' | 'approved' | 'rejected' | 'superseded';

export const secondsBetween = (fromMs: number, toMs: number) =>
  Math.max(0, Math.round((toMs - fromMs) / 1000));

const iso = (value: string | Date | null | undefined) =>
  value == null ? null : new Date(value).toISOString();

/**
 * All storage of the review chain: states, sign-offs and sign-off sheets. Every call goes through
 * Strapi's query engine, so inside a Document Service write it joins that write's transaction.
 */
export const createReviewRepository = (strapi: Core.Strapi) => {
  const states = () => strapi.db.query(REVIEW_UIDS.state as never);
  const signoffs = () => strapi.db.query(REVIEW_UIDS.signoff as never);
  const sheets = () => strapi.db.query(REVIEW_UIDS.sheet as never);
  const cycles = () => strapi.db.query(REVIEW_UIDS.cycle as never);
  const cycleKey = (contentType: string, documentId: string, cycle: number) => ({
    itemType: contentType,
    itemDocumentId: documentId,
    cycle,
  });

  return {
    async findState(contentType: string, documentId: string): Promise<ReviewStateRow | null> {
      return keyed<ReviewStateRow | null>(
        await states().findOne({ where: { itemType: contentType, itemDocumentId: documentId } })
      );
    },

    async saveState(
      contentType: string,
      documentId: string,
      data: Partial<Omit<ReviewStateRow, 'id' | 'contentType' | 'documentId'>>
    ): Promise<ReviewStateRow> {
      const existing = await this.findState(contentType, documentId);
      if (existing)
        return keyed<ReviewStateRow>(await states().update({ where: { id: existing.id }, data }));
      return keyed<ReviewStateRow>(
        await states().create({
          data: {
            itemType: contentType,
            itemDocumentId: documentId,
            stage: 'draft',
            cycle: 0,
            authors: [],
            ...data,
          },
        })
      );
    },

    async deleteState(contentType: string, documentId: string): Promise<void> {
      await states().deleteMany({ where: { itemType: contentType, itemDocumentId: documentId } });
    },

    /** The waiting items of some stages, oldest first. */
    async findWaiting(
      stagesByType: Array<{ contentType: string; stages: Stage[] }>,
      filter: { campaignDocumentId?: string; columnDocumentId?: string; waitingSince?: Date }
    ): Promise<ReviewStateRow[]> {
      if (stagesByType.length === 0) return [];
      const rows = await states().findMany({
        where: {
          $or: stagesByType.map(({ contentType, stages }) => ({
            itemType: contentType,
            stage: { $in: stages },
          })),
          ...(filter.campaignDocumentId ? { campaignDocumentId: filter.campaignDocumentId } : {}),
          ...(filter.columnDocumentId ? { columnDocumentId: filter.columnDocumentId } : {}),
          ...(filter.waitingSince ? { stageSince: { $lte: filter.waitingSince } } : {}),
        },
        orderBy: [{ stageSince: 'asc' }, { id: 'asc' }],
        limit: 500,
      });
      return rows.map((row) => keyed<ReviewStateRow>(row));
    },

    async countWaiting(
      stagesByType: Array<{ contentType: string; stages: Stage[] }>
    ): Promise<number> {
      if (stagesByType.length === 0) return 0;
      return states().count({
        where: {
          $or: stagesByType.map(({ contentType, stages }) => ({
            itemType: contentType,
            stage: { $in: stages },
          })),
        },
      });
    },

    async findSignoffs(
      contentType: string,
      documentId: string,
      cycle: number
    ): Promise<SignoffRow[]> {
      const rows = await signoffs().findMany({
        where: { itemType: contentType, itemDocumentId: documentId, cycle },
        orderBy: [{ signedAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row) => keyed<SignoffRow>(row));
    },

    /** Of these documents' cycles, the ones this reviewer holds a standing approval in: one query. */
    async signedBy(
      reviewerId: number,
      items: Array<{ contentType: string; documentId: string; cycle: number }>
    ): Promise<Set<string>> {
      if (items.length === 0) return new Set();
      const rows = (await signoffs().findMany({
        select: ['itemType', 'itemDocumentId', 'cycle'],
        where: {
          reviewerId,
          decision: 'approve',
          voidedAt: null,
          // Both keys, so the (item_type, item_document_id, …) index answers.
          itemType: { $in: [...new Set(items.map((i) => i.contentType))] },
          itemDocumentId: { $in: [...new Set(items.map((i) => i.documentId))] },
        },
      })) as Array<{ itemType: string; itemDocumentId: string; cycle: number }>;
      return new Set(rows.map((r) => signedKey(r.itemType, r.itemDocumentId, r.cycle)));
    },

    async addSignoff(data: {
      contentType: string;
      documentId: string;
      cycle: number;
      level: Level;
      decision: 'approve' | 'reject';
      reviewerId: number;
      reviewerName: string | null;
      opinion: string | null;
      fingerprint: string;
      waitSeconds: number | null;
    }): Promise<void> {
      const { contentType, documentId, ...rest } = data;
      await signoffs().create({
        data: { ...rest, itemType: contentType, itemDocumentId: documentId, signedAt: new Date() },
      });
    },

    /** Voids this cycle's standing approvals (an edit after submission, a rejection). */
    async voidSignoffs(
      contentType: string,
      documentId: string,
      cycle: number,
      reason: string
    ): Promise<number> {
      const { count } = (await signoffs().updateMany({
        where: {
          itemType: contentType,
          itemDocumentId: documentId,
          cycle,
          decision: 'approve',
          voidedAt: null,
        },
        data: { voidedAt: new Date(), voidReason: reason },
      })) as { count: number };
      return count;
    },

    /** A submission begins: the cycle the review metrics count, in the campaign submitted to. */
    async openCycle(
      contentType: string,
      documentId: string,
      cycle: number,
      campaignDocumentId: string | null,
      at: Date
    ): Promise<void> {
      await cycles().create({
        data: {
          ...cycleKey(contentType, documentId, cycle),
          campaignDocumentId,
          submittedMs: at.getTime(),
          outcome: 'pending',
        },
      });
    },

    /** A pending cycle ends: passed 终审, sent back, or replaced by an edit. */
    async closeCycle(
      contentType: string,
      documentId: string,
      cycle: number,
      outcome: Exclude<CycleOutcome, 'pending'>,
      at: Date
    ): Promise<void> {
      await cycles().updateMany({
        where: { ...cycleKey(contentType, documentId, cycle), outcome: 'pending' },
        data: { outcome, decidedMs: at.getTime() },
      });
    },

    /** The first publication of a cycle's version; publishing it again later changes nothing. */
    async cyclePublished(
      contentType: string,
      documentId: string,
      cycle: number,
      at: Date
    ): Promise<void> {
      const row = (await cycles().findOne({
        where: { ...cycleKey(contentType, documentId, cycle), publishedMs: null },
      })) as { id: number; submittedMs: string | number } | null;
      if (!row) return;
      await cycles().update({
        where: { id: row.id },
        data: {
          publishedMs: at.getTime(),
          publishSeconds: secondsBetween(Number(row.submittedMs), at.getTime()),
        },
      });
    },

    /** The seed's past: sign-off, submission and sheet times of one cycle set to given instants. */
    async retime(
      contentType: string,
      documentId: string,
      cycle: number,
      signedAt: Array<{ id: number; level: number; signedAt: Date }>,
      times: { submittedAt: Date; sheetPublishedAt: Date }
    ): Promise<void> {
      // Each level waited from the sign-off before it (the first from the submission).
      const ordered = [...signedAt].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
      let waitedFrom = times.submittedAt.getTime();
      for (const { id, signedAt: at } of ordered) {
        await signoffs().update({
          where: { id },
          data: { signedAt: at, waitSeconds: secondsBetween(waitedFrom, at.getTime()) },
        });
        waitedFrom = at.getTime();
      }
      const published = times.sheetPublishedAt.getTime();
      await cycles().updateMany({
        where: cycleKey(contentType, documentId, cycle),
        data: {
          submittedMs: times.submittedAt.getTime(),
          ...(ordered.length ? { decidedMs: waitedFrom } : {}),
          publishedMs: published,
          publishSeconds: secondsBetween(times.submittedAt.getTime(), published),
        },
      });
      const atLevel = new Map(signedAt.map((s) => [s.level, s.signedAt.toISOString()]));
      await states().updateMany({
        where: { itemType: contentType, itemDocumentId: documentId, cycle },
        data: { submittedAt: times.submittedAt, stageSince: times.sheetPublishedAt },
      });
      const latest = await sheets().findOne({
        where: { itemType: contentType, itemDocumentId: documentId },
        orderBy: { id: 'desc' },
      });
      if (latest)
        await sheets().update({
          where: { id: (latest as { id: number }).id },
          // The sheet keeps its own copy of the signatures: it is retimed with them.
          data: {
            publishedAt: times.sheetPublishedAt,
            signoffs: ((latest as { signoffs: SheetRecord['signoffs'] | null }).signoffs ?? []).map(
              (s) => ({ ...s, signedAt: atLevel.get(s.level) ?? s.signedAt })
            ),
          },
        });
    },

    async addSheet(sheet: NewSheet): Promise<void> {
      const { contentType, documentId, ...rest } = sheet;
      await sheets().create({
        data: { ...rest, itemType: contentType, itemDocumentId: documentId },
      });
    },

    async latestSheet(contentType: string, documentId: string): Promise<SheetRecord | null> {
      const row = await sheets().findOne({
        where: { itemType: contentType, itemDocumentId: documentId },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      });
      return row ? toSheet(keyed(row)) : null;
    },

    async findSheet(id: number): Promise<SheetRecord | null> {
      const row = await sheets().findOne({ where: { id } });
      return row ? toSheet(keyed(row)) : null;
    },

    async findSheets(from: Date, to: Date): Promise<SheetRecord[]> {
      const rows = await sheets().findMany({
        where: { publishedAt: { $gte: from, $lt: to } },
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
        limit: 20_000,
      });
      return rows.map((row) => toSheet(keyed(row)));
    },
  };
};

function toSheet(row: SheetRecord & { publishedAt: string | Date }): SheetRecord {
  return {
    id: row.id,
    contentType: row.contentType,
    documentId: row.documentId,
    title: row.title,
    columnName: row.columnName,
    outlet: row.outlet,
    format: row.format,
    author: row.author,
    wordCount: row.wordCount,
    signoffs: row.signoffs ?? [],
    publishedByName: row.publishedByName,
    publishedAt: iso(row.publishedAt) as string,
    origin: row.origin,
    wordOverride: row.wordOverride ?? null,
  };
}

export const toSignoffRecord = (row: SignoffRow): SignoffRecord => ({
  level: row.level,
  decision: row.decision,
  reviewerId: row.reviewerId,
  reviewerName: row.reviewerName,
  opinion: row.opinion,
  signedAt: iso(row.signedAt) as string,
  voidedAt: iso(row.voidedAt),
  voidReason: row.voidReason,
});

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
