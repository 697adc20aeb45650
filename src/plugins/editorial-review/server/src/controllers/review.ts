import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTIONS, type Level } from '../../../shared/constants';
import type { QueueResponse, ReviewStateResponse } from '../../../shared/contracts';
import { currentActor, runAsActor } from '../actor/actor-context';
import { getService } from '../get-service';
import type { Reviewer } from '../services/review';
import {
  validateDocumentParams,
  validateOpinion,
  validateQueueQuery,
  validateReason,
} from '../validation/review-input';

type Ability = { can(action: string, subject?: string): boolean };
type Ctx = {
  params: Record<string, string>;
  query: unknown;
  request: { body?: unknown };
  state: { userAbility: Ability };
  body: unknown;
};
type Checker = {
  can: Record<string, (entity?: unknown) => boolean>;
  cannot: Record<string, (entity?: unknown) => boolean>;
};

/** Admin routes of the 三审 chain: thin, each validates, checks the caller, calls one service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const review = () => getService('review', { strapi });
  const audit = () => getService('audit', { strapi });
  const reviewerOf = (ctx: Ctx): Reviewer => ({
    actor: currentActor(strapi),
    maySign: (level: Level) => ctx.state.userAbility.can(ACTIONS.reviewLevel[level]),
  });
  const checkerOf = (ctx: Ctx, uid: string): Checker =>
    strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: ctx.state.userAbility, model: uid });

  /** The draft with the fields conditions look at (is-creator reads createdBy). */
  async function documentOf(uid: string, documentId: string) {
    const draft = await strapi.db.query(uid as never).findOne({
      where: { documentId, publishedAt: null },
      populate: { createdBy: { select: ['id'] } },
    });
    if (!draft) throw new errors.NotFoundError(`找不到稿件 ${documentId}`);
    return draft;
  }

  const params = (ctx: Ctx) =>
    validateDocumentParams(ctx.params, (uid) => review().isReviewed(uid));

  /** Runs a review action and its audit entry in one transaction. */
  const recorded = <T>(work: () => Promise<T>) => strapi.db.transaction(work);

  return {
    async state(ctx: Ctx) {
      const { uid, documentId } = validateDocumentParams(
        ctx.params,
        (u) => !!strapi.contentType(u as never) && u.startsWith('api::')
      );
      const checker = checkerOf(ctx, uid);
      const draft = await documentOf(uid, documentId);
      if (checker.cannot.read(draft)) throw new errors.PolicyError('没有查看此稿件的权限');
      const data = await review().stateFor(
        uid,
        documentId,
        reviewerOf(ctx),
        checker.can.update(draft)
      );
      ctx.body = { data } satisfies ReviewStateResponse;
    },

    async submit(ctx: Ctx) {
      const { uid, documentId } = params(ctx);
      const draft = await documentOf(uid, documentId);
      if (checkerOf(ctx, uid).cannot.update(draft))
        throw new errors.PolicyError('没有修改此稿件的权限，不能送审');
      const actor = currentActor(strapi);
      const state = await recorded(async () => {
        const saved = await review().submit(uid, documentId, actor);
        await audit().record(
          { action: 'submit', contentType: uid, documentId, titleAfter: saved.title },
          actor
        );
        return saved;
      });
      ctx.body = { data: { stage: state.stage } };
    },

    async approve(ctx: Ctx) {
      const { uid, documentId } = params(ctx);
      const { opinion, overrideReason } = await validateOpinion(ctx.request.body);
      const reviewer = reviewerOf(ctx);
      const state = await recorded(async () => {
        const before = await review().stageLabelOf(uid, documentId);
        const { state: saved, override } = await review().approve(
          uid,
          documentId,
          reviewer,
          opinion,
          overrideReason
        );
        if (override)
          await audit().record(
            {
              action: 'override',
              contentType: uid,
              documentId,
              titleAfter: saved.title,
              detail: `放行禁用词「${override.words.join('、')}」：${override.reason}`,
            },
            reviewer.actor
          );
        await audit().record(
          {
            action: 'approve',
            contentType: uid,
            documentId,
            titleAfter: saved.title,
            detail: `${before}通过${opinion ? `：${opinion}` : ''}`,
          },
          reviewer.actor
        );
        return saved;
      });
      ctx.body = { data: { stage: state.stage } };
    },

    async reject(ctx: Ctx) {
      const { uid, documentId } = params(ctx);
      const { reason } = await validateReason(ctx.request.body);
      const reviewer = reviewerOf(ctx);
      const state = await recorded(async () => {
        const before = await review().stageLabelOf(uid, documentId);
        const saved = await review().reject(uid, documentId, reviewer, reason);
        await audit().record(
          {
            action: 'reject',
            contentType: uid,
            documentId,
            titleAfter: saved.title,
            detail: `${before}退回：${reason}`,
          },
          reviewer.actor
        );
        return saved;
      });
      ctx.body = { data: { stage: state.stage } };
    },

    /** 撤稿: the content manager's unpublish, with the reason it lacks; the audit entry carries it. */
    async withdraw(ctx: Ctx) {
      const { uid, documentId } = params(ctx);
      const { reason } = await validateReason(ctx.request.body);
      const draft = await documentOf(uid, documentId);
      if (checkerOf(ctx, uid).cannot.unpublish(draft)) throw new errors.PolicyError('没有撤稿权限');
      const result = await runAsActor({ reason: `撤稿：${reason}` }, () =>
        strapi.documents(uid as never).unpublish({ documentId })
      );
      if (!result?.entries?.length) throw new errors.NotFoundError('稿件未发布，无需撤稿');
      ctx.body = { data: { withdrawn: result.entries.length } };
    },

    async queue(ctx: Ctx) {
      const query = await validateQueueQuery(ctx.query);
      const data = await review().queue(reviewerOf(ctx), {
        contentType: query.contentType,
        campaignDocumentId: query.campaign,
        columnDocumentId: query.column,
        waitingMinutes: query.waitingMinutes,
      });
      ctx.body = { data, meta: { total: data.length } } satisfies QueueResponse;
    },
  };
};
