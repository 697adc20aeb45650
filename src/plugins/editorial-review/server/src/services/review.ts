import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  EDITED_AFTER_SUBMISSION,
  LEVEL_LABELS,
  STAGE_LABELS,
  levelOfStage,
  stageOfLevel,
  type Level,
  type Stage,
} from '../../../shared/constants';
import type { QueueItem, ReviewStateResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../../../shared/constants';
import { describeHits, type WordOverride } from '../../../shared/word-check';
import type { Actor } from '../actor/actor-context';
import { fingerprintDraft, type DraftFingerprint } from '../fingerprint/draft-fingerprint';
import {
  createReviewRepository,
  secondsBetween,
  signedKey,
  toSignoffRecord,
  type ReviewStateRow,
} from '../repositories/review-repository';
import { getReviewLevels } from './review-levels';
import { createSheetWriter } from './sheet-writer';
import type { WordCheckService } from './word-check';

/** The caller of a review action: who they are and which levels their roles may sign. */
export interface Reviewer {
  actor: Actor;
  maySign(level: Level): boolean;
}

const relationId = (value: unknown) =>
  (value as { documentId?: string } | null)?.documentId ?? null;

/** The part of a state that follows the draft: what the queue shows and filters on. */
const draftSummary = (fp: DraftFingerprint) => ({
  title: fp.title,
  campaignDocumentId: relationId(fp.draft.campaign),
  columnDocumentId: relationId(fp.draft.column),
});

const stageLabel = (stage: Stage) => STAGE_LABELS[stage];

/** Seconds the item has waited at its current level: since submission or the level before. */
const waitedAtLevel = (state: ReviewStateRow, now: Date): number | null =>
  state.stageSince ? secondsBetween(new Date(state.stageSince).getTime(), now.getTime()) : null;

/**
 * Refusals are PolicyErrors: Strapi turns any other ForbiddenError into a bare "Forbidden"
 * (compose-endpoint.js), and a reviewer needs to read why.
 *
 * The 三审 chain: submit, approve and reject, the gate every publish passes, and what an edit
 * or a publish does to a review. State changes run in the caller's transaction.
 */
export const createReviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createReviewRepository(strapi);
  const sheets = createSheetWriter(strapi, repository);
  const levelsOf = (uid: string) => getReviewLevels(strapi)[uid] ?? 0;
  const words = () => strapi.plugin(PLUGIN_ID).service('word-check') as WordCheckService;

  async function requireDraft(uid: string, documentId: string): Promise<DraftFingerprint> {
    const fp = await fingerprintDraft(strapi, uid, documentId);
    if (!fp) throw new errors.NotFoundError(`找不到稿件 ${documentId}`);
    return fp;
  }

  /** Why this reviewer may not sign the current level, or null when they may. */
  async function refusalToSign(state: ReviewStateRow, reviewer: Reviewer): Promise<string | null> {
    const level = levelOfStage(state.stage);
    if (!level) return `稿件处于「${stageLabel(state.stage)}」阶段，没有待审的级别`;
    if (!reviewer.maySign(level)) return `您没有${LEVEL_LABELS[level]}权限`;
    const userId = reviewer.actor.userId;
    if (userId === null) return '审核需要登录的后台用户';
    if ((state.authors ?? []).includes(userId))
      return '作者（创建或修改过此稿的人）不能审核自己的稿件';
    const signed = (
      await repository.findSignoffs(state.contentType, state.documentId, state.cycle)
    ).find((s) => s.decision === 'approve' && !s.voidedAt && s.reviewerId === userId);
    if (signed) return `您已签署本稿的${LEVEL_LABELS[signed.level as Level]}，同一人不能签署两级`;
    return null;
  }

  async function loadState(uid: string, documentId: string): Promise<ReviewStateRow> {
    const state = await repository.findState(uid, documentId);
    if (state) return state;
    return repository.saveState(uid, documentId, { stage: 'draft', cycle: 0, authors: [] });
  }

  /**
   * At 终审, block-level 错敏词 stop the approval unless the reviewer gives a reason to let
   * them go: the override, bound to this draft, goes into the audit log and the 签发单.
   */
  async function wordOverrideAtFinal(
    uid: string,
    fp: DraftFingerprint,
    reviewer: Reviewer,
    reason: string | null
  ): Promise<WordOverride | null> {
    const blocking = words().blocking(await words().checkData(uid, fp.draft));
    if (blocking.length === 0) {
      if (reason) throw new errors.ValidationError('稿件中没有禁用词，无需放行');
      return null;
    }
    if (!reason)
      throw new errors.ValidationError(
        `终审不能通过：含禁用词 ${describeHits(blocking)}。请退回修改，或填写放行理由`,
        { hits: blocking }
      );
    return {
      reason,
      words: [...new Set(blocking.map((h) => h.word))],
      byId: reviewer.actor.userId,
      byName: reviewer.actor.userName,
      at: new Date().toISOString(),
      fingerprint: fp.fingerprint,
    };
  }

  const refuseEarlyOverride = (reason: string | null): null => {
    if (reason) throw new errors.ValidationError('只有终审可以放行禁用词');
    return null;
  };

  function assertReviewed(uid: string) {
    if (levelsOf(uid) === 0) throw new errors.ValidationError(`${uid} 不需要审核（审核级数为 0）`);
  }

  return {
    levelsOf,
    isReviewed: (uid: string) => levelsOf(uid) > 0,

    async stateFor(
      uid: string,
      documentId: string,
      reviewer: Reviewer,
      mayEdit: boolean
    ): Promise<ReviewStateResponse['data']> {
      const levels = levelsOf(uid);
      const fp = await requireDraft(uid, documentId);
      const state =
        (await repository.findState(uid, documentId)) ??
        ({
          contentType: uid,
          documentId,
          stage: 'draft',
          cycle: 0,
          authors: [],
          note: null,
          noteByName: null,
          noteAt: null,
          submittedAt: null,
          approvedFingerprint: null,
        } as unknown as ReviewStateRow);
      const signoffs =
        state.cycle > 0 ? await repository.findSignoffs(uid, documentId, state.cycle) : [];
      const refusal = levels > 0 ? await refusalToSign(state, reviewer) : '此类型不需要审核';
      const canSubmit =
        levels > 0 &&
        mayEdit &&
        ['draft', 'returned', 'published'].includes(state.stage) &&
        !(state.stage === 'published' && state.approvedFingerprint === fp.fingerprint);
      return {
        contentType: uid,
        documentId,
        levels,
        stage: state.stage,
        stageLabel: stageLabel(state.stage),
        cycle: state.cycle,
        note: state.note,
        noteByName: state.noteByName,
        noteAt: state.noteAt ? new Date(state.noteAt).toISOString() : null,
        submittedAt: state.submittedAt ? new Date(state.submittedAt).toISOString() : null,
        publishable: levels === 0 || this.isApproved(state, fp.fingerprint),
        wordCount: fp.wordCount,
        signoffs: signoffs.map(toSignoffRecord),
        can: {
          submit: canSubmit,
          approve: refusal === null,
          reject: refusal === null,
          reason: refusal,
        },
        sheet: await repository.latestSheet(uid, documentId),
        words: {
          atSubmission: state.wordHits ?? [],
          blocking: words().blocking(await words().checkData(uid, fp.draft)),
          override: state.wordOverride?.fingerprint === fp.fingerprint ? state.wordOverride : null,
        },
      };
    },

    /** The label of the stage a document is at (草稿 when it has no review yet): one read. */
    async stageLabelOf(uid: string, documentId: string): Promise<string> {
      return stageLabel((await repository.findState(uid, documentId))?.stage ?? 'draft');
    },

    isApproved(state: ReviewStateRow | null, fingerprint: string): boolean {
      return (
        !!state &&
        (state.stage === 'approved' || state.stage === 'published') &&
        state.approvedFingerprint === fingerprint
      );
    },

    /** 送审: the draft as it is now goes to 初审. */
    async submit(uid: string, documentId: string, actor: Actor): Promise<ReviewStateRow> {
      assertReviewed(uid);
      const fp = await requireDraft(uid, documentId);
      const state = await loadState(uid, documentId);
      const open = ['draft', 'returned', 'published'].includes(state.stage);
      if (!open)
        throw new errors.ApplicationError(
          `稿件已在「${stageLabel(state.stage)}」阶段，不能重复送审`
        );
      if (state.stage === 'published' && state.approvedFingerprint === fp.fingerprint)
        throw new errors.ApplicationError('稿件与已发布版本相同，无需送审');
      const authors = new Set(state.authors ?? []);
      if (actor.userId !== null) authors.add(actor.userId);
      const now = new Date();
      const summary = draftSummary(fp);
      await repository.openCycle(uid, documentId, state.cycle + 1, summary.campaignDocumentId, now);
      return repository.saveState(uid, documentId, {
        ...summary,
        // The reviewers see what the 错敏词 check found in the version submitted.
        wordHits: await words().checkData(uid, fp.draft),
        wordOverride: null,
        stage: 'level-1',
        cycle: state.cycle + 1,
        submittedFingerprint: fp.fingerprint,
        submittedById: actor.userId,
        submittedAt: now,
        stageSince: now,
        authors: [...authors],
        note: null,
        noteByName: null,
        noteAt: null,
      });
    },

    /** Signs the level the draft waits for, bound to the draft's fingerprint now. */
    async approve(
      uid: string,
      documentId: string,
      reviewer: Reviewer,
      opinion: string | null,
      overrideReason: string | null = null
    ): Promise<{ state: ReviewStateRow; override: WordOverride | null }> {
      assertReviewed(uid);
      const fp = await requireDraft(uid, documentId);
      const state = await loadState(uid, documentId);
      const refusal = await refusalToSign(state, reviewer);
      if (refusal) throw new errors.PolicyError(refusal);
      if (state.submittedFingerprint !== fp.fingerprint)
        throw new errors.ApplicationError(`${EDITED_AFTER_SUBMISSION}：请刷新后审核当前版本`);
      const level = levelOfStage(state.stage) as Level;
      const last = level >= levelsOf(uid);
      const override = last
        ? await wordOverrideAtFinal(uid, fp, reviewer, overrideReason)
        : refuseEarlyOverride(overrideReason);
      const now = new Date();
      await repository.addSignoff({
        contentType: uid,
        documentId,
        cycle: state.cycle,
        level,
        decision: 'approve',
        reviewerId: reviewer.actor.userId as number,
        reviewerName: reviewer.actor.userName,
        opinion,
        fingerprint: fp.fingerprint,
        waitSeconds: waitedAtLevel(state, now),
      });
      if (last) await repository.closeCycle(uid, documentId, state.cycle, 'approved', now);
      const saved = await repository.saveState(uid, documentId, {
        stage: last ? 'approved' : stageOfLevel((level + 1) as Level),
        stageSince: now,
        ...(last ? { approvedFingerprint: fp.fingerprint, wordOverride: override } : {}),
      });
      return { state: saved, override };
    },

    /** 退回修改: back to the author with a reason; this cycle's sign-offs no longer stand. */
    async reject(
      uid: string,
      documentId: string,
      reviewer: Reviewer,
      reason: string
    ): Promise<ReviewStateRow> {
      assertReviewed(uid);
      const fp = await requireDraft(uid, documentId);
      const state = await loadState(uid, documentId);
      const refusal = await refusalToSign(state, reviewer);
      if (refusal) throw new errors.PolicyError(refusal);
      const level = levelOfStage(state.stage) as Level;
      const now = new Date();
      await repository.addSignoff({
        contentType: uid,
        documentId,
        cycle: state.cycle,
        level,
        decision: 'reject',
        reviewerId: reviewer.actor.userId as number,
        reviewerName: reviewer.actor.userName,
        opinion: reason,
        fingerprint: fp.fingerprint,
        waitSeconds: waitedAtLevel(state, now),
      });
      await repository.closeCycle(uid, documentId, state.cycle, 'rejected', now);
      await repository.voidSignoffs(uid, documentId, state.cycle, `${LEVEL_LABELS[level]}退回`);
      return repository.saveState(uid, documentId, {
        stage: 'returned',
        stageSince: now,
        note: reason,
        noteByName: reviewer.actor.userName,
        noteAt: now,
      });
    },

    /**
     * The gate: publishing is allowed only for the exact draft that passed the last level.
     * Throws a 4xx naming the stage the document is at.
     */
    async assertPublishable(uid: string, documentId: string): Promise<DraftFingerprint | null> {
      const reviewed = levelsOf(uid) > 0;
      if (!reviewed && !words().isChecked(uid)) return null;
      const fp = await fingerprintDraft(strapi, uid, documentId);
      if (!fp) return null; // Nothing to publish: Strapi answers that itself.
      const state = reviewed ? await repository.findState(uid, documentId) : null;
      if (!reviewed || this.isApproved(state, fp.fingerprint)) {
        await words().assertPublishable(uid, fp.draft, {
          value: state?.wordOverride ?? null,
          fingerprint: fp.fingerprint,
        });
        return reviewed ? fp : null;
      }
      const stage = state?.stage ?? 'draft';
      const why =
        state && (stage === 'approved' || stage === 'published')
          ? `稿件在终审后有修改，须重新送审`
          : `稿件处于「${stageLabel(stage)}」阶段，未通过${LEVEL_LABELS[levelsOf(uid) as Level]}`;
      throw new errors.PolicyError(`不能发布：${why}`, { stage, stageLabel: stageLabel(stage) });
    },

    /**
     * After a write changed the draft: the writer becomes one of its authors, and a draft under
     * review that no longer matches what was submitted goes back to 初审 (送审后有修改).
     */
    async draftChanged(
      uid: string,
      documentId: string,
      after: DraftFingerprint,
      actor: Actor
    ): Promise<void> {
      if (levelsOf(uid) === 0) return;
      const state = await loadState(uid, documentId);
      const authors = new Set(state.authors ?? []);
      if (actor.userId !== null) authors.add(actor.userId);
      const data: Partial<ReviewStateRow> = { ...draftSummary(after), authors: [...authors] };
      const underReview = levelOfStage(state.stage) !== null || state.stage === 'approved';
      if (underReview && state.submittedFingerprint !== after.fingerprint) {
        await repository.voidSignoffs(uid, documentId, state.cycle, EDITED_AFTER_SUBMISSION);
        Object.assign(data, {
          stage: 'level-1',
          stageSince: new Date(),
          submittedFingerprint: after.fingerprint,
          approvedFingerprint: null,
          note: EDITED_AFTER_SUBMISSION,
          noteByName: actor.userName,
          noteAt: new Date(),
        });
        // A new version under review: its sign-offs start again, in a new cycle.
        data.cycle = state.cycle + 1;
        const now = data.stageSince as Date;
        await repository.closeCycle(uid, documentId, state.cycle, 'superseded', now);
        await repository.openCycle(
          uid,
          documentId,
          data.cycle,
          data.campaignDocumentId ?? null,
          now
        );
      } else if (state.stage === 'published' && state.approvedFingerprint !== after.fingerprint) {
        Object.assign(data, { stage: 'draft', stageSince: new Date() });
      } else if (
        state.stage === 'draft' &&
        state.approvedFingerprint &&
        state.approvedFingerprint === after.fingerprint
      ) {
        // The draft is the approved version again (an edit undone, a draft discarded).
        const live = await strapi.db
          .query(uid as never)
          .count({ where: { documentId, publishedAt: { $notNull: true } } });
        Object.assign(data, { stage: live > 0 ? 'published' : 'approved', stageSince: new Date() });
      }
      await repository.saveState(uid, documentId, data);
    },

    /** After a publish passed the gate: the 签发单 of this version, and the review closes. */
    async published(
      uid: string,
      documentId: string,
      fp: DraftFingerprint,
      actor: Actor
    ): Promise<void> {
      const state = await repository.findState(uid, documentId);
      const signoffs = state ? await repository.findSignoffs(uid, documentId, state.cycle) : [];
      await sheets.write(
        uid,
        documentId,
        fp,
        signoffs.filter((s) => s.decision === 'approve' && !s.voidedAt),
        actor,
        state?.wordOverride ?? null
      );
      if (!state) return;
      const now = new Date();
      await repository.cyclePublished(uid, documentId, state.cycle, now);
      await repository.saveState(uid, documentId, { stage: 'published', stageSince: now });
    },

    /** 撤稿: the approved version is off the app but still approved; publishing it again needs no new review. */
    async unpublished(uid: string, documentId: string): Promise<void> {
      const state = await repository.findState(uid, documentId);
      if (state?.stage === 'published')
        await repository.saveState(uid, documentId, { stage: 'approved', stageSince: new Date() });
    },

    async deleted(uid: string, documentId: string): Promise<void> {
      await repository.deleteState(uid, documentId);
    },

    /** 待我审核: what waits for a level this reviewer may sign and did not write. */
    async queue(
      reviewer: Reviewer,
      filter: {
        contentType?: string;
        campaignDocumentId?: string;
        columnDocumentId?: string;
        waitingMinutes?: number;
      }
    ): Promise<QueueItem[]> {
      const wanted = Object.entries(getReviewLevels(strapi))
        .filter(
          ([uid, levels]) => levels > 0 && (!filter.contentType || filter.contentType === uid)
        )
        .map(([contentType, levels]) => ({
          contentType,
          stages: ([1, 2, 3] as Level[])
            .filter((l) => l <= levels && reviewer.maySign(l))
            .map(stageOfLevel),
        }))
        .filter((t) => t.stages.length > 0);
      const waitingSince = filter.waitingMinutes
        ? new Date(Date.now() - filter.waitingMinutes * 60_000)
        : undefined;
      const rows = await repository.findWaiting(wanted, { ...filter, waitingSince });
      const me = reviewer.actor.userId;
      // Who signed what, for every waiting row at once: one query, not one per row.
      const signed = me === null ? new Set<string>() : await repository.signedBy(me, rows);
      const mine = [];
      for (const row of rows) {
        if (me !== null && (row.authors ?? []).includes(me)) continue;
        if (signed.has(signedKey(row.contentType, row.documentId, row.cycle))) continue;
        const since = row.stageSince ? new Date(row.stageSince) : null;
        mine.push({
          contentType: row.contentType,
          documentId: row.documentId,
          title: row.title,
          stage: row.stage,
          stageLabel: stageLabel(row.stage),
          level: levelOfStage(row.stage) as Level,
          campaignDocumentId: row.campaignDocumentId,
          columnDocumentId: row.columnDocumentId,
          stageSince: since ? since.toISOString() : null,
          waitingMinutes: since ? Math.floor((Date.now() - since.getTime()) / 60_000) : 0,
        });
      }
      return mine;
    },

    /**
     * Takes a draft through every level at once: the submitter submits, each reviewer signs their
     * level. For the seed and the CLI, which act for people who are not at a screen; the rules of
     * a real sign-off (different people, no author) still hold.
     */
    async passChain(
      uid: string,
      documentId: string,
      submitter: Actor,
      reviewers: Actor[],
      opinions: string[] = []
    ) {
      await this.submit(uid, documentId, submitter);
      for (let level = 1; level <= levelsOf(uid); level++) {
        const actor = reviewers[level - 1];
        if (!actor) throw new Error(`editorial-review: no reviewer for level ${level} of ${uid}`);
        await this.approve(
          uid,
          documentId,
          { actor, maySign: (l) => l === level },
          opinions[level - 1] ?? null
        );
      }
    },

    /** Moves the times of a document's latest cycle back so its last sign-off lands just before `at` (the seed's past). */
    async backdateLastCycle(uid: string, documentId: string, at: Date): Promise<void> {
      const state = await repository.findState(uid, documentId);
      if (!state) return;
      const signoffs = await repository.findSignoffs(uid, documentId, state.cycle);
      const hour = 3_600_000;
      await repository.retime(
        uid,
        documentId,
        state.cycle,
        signoffs.map((s, i) => ({
          id: s.id,
          level: s.level,
          signedAt: new Date(at.getTime() - (signoffs.length - i) * hour),
        })),
        {
          submittedAt: new Date(at.getTime() - (signoffs.length + 1) * hour),
          sheetPublishedAt: at,
        }
      );
    },

    sheets: {
      latest: (uid: string, documentId: string) => repository.latestSheet(uid, documentId),
      find: (id: number) => repository.findSheet(id),
      between: (from: Date, to: Date) => repository.findSheets(from, to),
    },
  };
};

export type ReviewService = ReturnType<typeof createReviewService>;
