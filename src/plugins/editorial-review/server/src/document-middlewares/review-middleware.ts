import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AuditAction } from '../../../shared/constants';
import { currentActor } from '../actor/actor-context';
import {
  changedFields,
  fingerprintDraft,
  type DraftFingerprint,
} from '../fingerprint/draft-fingerprint';
import { getService } from '../get-service';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Params = { documentId?: string; status?: string };

const WRITES = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'clone',
]);
/** Writes after which the draft may differ from what it was. */
const DRAFT_WRITES = new Set(['create', 'update', 'clone', 'discardDraft']);

const documentOf = (action: string, params: Params, result: unknown): string | null =>
  action === 'clone' || action === 'create'
    ? ((result as { documentId?: string } | null)?.documentId ?? null)
    : (params.documentId ?? null);

/** A refusal of the gate (三审 or 错敏词), as opposed to any other failure of the write. */
const isGateRefusal = (error: unknown) =>
  (error instanceof errors.ForbiddenError || error instanceof errors.ValidationError) &&
  String(error.message).startsWith('不能发布');

/**
 * One Document Service middleware for review and audit, on every write of the app's types:
 * - publish, and create/update with status 'published', pass the 三审 and 错敏词 gate first;
 * - an edit to a draft under review sends it back to 初审;
 * - each write is recorded in the 操作日志 in the write's own transaction, and a refused publish
 *   is recorded after its transaction rolled back.
 */
export const reviewMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const { uid, action } = context;
    if (!uid.startsWith('api::') || !WRITES.has(action)) return next();
    const params = (context.params ?? {}) as Params;
    const review = getService('review', { strapi });
    const audit = getService('audit', { strapi });
    const actor = currentActor(strapi);
    const reviewed = review.isReviewed(uid);
    const publishesToo =
      (action === 'create' || action === 'update') && params.status === 'published';
    const known = action === 'clone' ? null : (params.documentId ?? null);
    let before: DraftFingerprint | null = null;

    try {
      return await strapi.db.transaction(async () => {
        before = known ? await fingerprintDraft(strapi, uid, known) : null;
        let approved: DraftFingerprint | null = null;
        // Every type passes the 错敏词 rule; reviewed types also need the approved version.
        if (action === 'publish' && known) approved = await review.assertPublishable(uid, known);
        if (reviewed && action === 'unpublish' && actor.origin === 'admin' && !actor.reason)
          throw new errors.ValidationError('撤稿须填写原因：请在编辑页「三审」面板中撤稿');

        const result = await next();
        const documentId = documentOf(action, params, result);
        if (!documentId) return result;
        const after =
          DRAFT_WRITES.has(action) || publishesToo
            ? await fingerprintDraft(strapi, uid, documentId)
            : null;
        const fields = DRAFT_WRITES.has(action) ? changedFields(before, after) : [];

        if (reviewed && after && fields.length > 0)
          await review.draftChanged(uid, documentId, after, actor);
        // create/update published inside Strapi's repository: the gate sees the draft it published.
        if (publishesToo) approved = await review.assertPublishable(uid, documentId);
        if (reviewed && approved) await review.published(uid, documentId, approved, actor);
        if (reviewed && action === 'unpublish') await review.unpublished(uid, documentId);
        if (reviewed && action === 'delete') await review.deleted(uid, documentId);

        const title = {
          titleBefore: before?.title ?? null,
          titleAfter: after?.title ?? before?.title ?? null,
        };
        // A save that changed nothing (the content manager saves before it publishes) is no edit.
        if (!(action === 'update' && fields.length === 0))
          await audit.record(
            { action: action as AuditAction, contentType: uid, documentId, fields, ...title },
            actor
          );
        if (publishesToo)
          await audit.record({ action: 'publish', contentType: uid, documentId, ...title }, actor);
        return result;
      });
    } catch (error) {
      if (isGateRefusal(error))
        audit.recordRefusal(
          {
            action: 'publish',
            contentType: uid,
            documentId: known,
            titleBefore: (before as DraftFingerprint | null)?.title ?? null,
            detail: `拒绝发布：${(error as Error).message}`,
          },
          actor
        );
      throw error;
    }
  };
