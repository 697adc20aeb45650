import type { Core } from '@strapi/strapi';
import { heldLinksRepository as repo } from './held-links-repository';
import { draftPublishRelations, type DraftPublishRelation } from './relation-map';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
type Params = { documentId?: unknown; status?: string };

/** create and update with status 'published' publish internally, without calling publish(). */
const isPublish = (action: string, params: Params) =>
  action === 'publish' ||
  ((action === 'create' || action === 'update') && params.status === 'published');

/**
 * Publishing or unpublishing a document never changes another document's published relations.
 * Strapi deletes a target's published row on unpublish (and on every re-publish), which drops
 * the links published items had to it, then rebuilds its links from the drafts: an item
 * published in campaign A whose draft has moved to B would drop out of A, and one published in
 * B whose draft is in A would be pulled in. So the links to a target's published version are
 * held before it goes and put back exactly when it is published again; and an item published
 * while its target has no published version keeps that target held until it has one.
 */
export function publishedRelationsKeeper(strapi: Core.Strapi): DocumentMiddleware {
  let relations: DraftPublishRelation[] | null = null;
  // Metadata exists once the database is initialised, after register(): read on first use.
  const all = () => (relations ??= draftPublishRelations(strapi));
  const inbound = (uid: string) => all().filter((r) => r.targetUid === uid);
  const outbound = (uid: string) => all().filter((r) => r.sourceUid === uid);

  return async (context, next) => {
    const { uid, action } = context;
    const params = (context.params ?? {}) as Params;
    const publishing = isPublish(action, params);
    if (!publishing && action !== 'unpublish' && action !== 'delete') return next();
    if (!inbound(uid).length && !outbound(uid).length) return next();

    return strapi.db.transaction(async ({ trx }) => {
      const given = typeof params.documentId === 'string' ? params.documentId : null;
      if (given && action === 'unpublish') {
        for (const rel of inbound(uid)) await repo.holdInbound(trx, rel, given);
      }
      if (given && publishing) {
        for (const rel of inbound(uid)) await repo.snapshotTouched(trx, rel, given);
      }
      const result = await next();
      const documentId = given ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      if (publishing) {
        for (const rel of inbound(uid)) await repo.restore(trx, rel, documentId);
        for (const rel of outbound(uid)) await repo.holdUnpublishedTargets(trx, rel, documentId);
      } else {
        await repo.forgetSource(trx, uid, documentId);
        if (action === 'delete') {
          for (const rel of inbound(uid)) await repo.forgetTarget(trx, rel, documentId);
        }
      }
      return result;
    });
  };
}
