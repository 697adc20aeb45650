import type { Core } from '@strapi/strapi';
import type { PublishableContentType } from '../content-rules/uids';
import { publishThroughReview } from './review-chain';

/**
 * Creates a document and publishes it as if it had gone out at `at`.
 *
 * Goes through the Document Service so slugs, content rules and the tally ledger all apply.
 * firstPublishedAt is written on the draft row before the first publish because Strapi only
 * stamps it when it is empty and then copies it to the published row, where the ledger reads it.
 */
export async function createPublishedAt(
  strapi: Core.Strapi,
  uid: PublishableContentType,
  data: Record<string, unknown>,
  at: Date
): Promise<string> {
  const documents = strapi.documents(uid);
  const draft = await documents.create({ data });
  try {
    await publishDraftAt(strapi, uid, draft.documentId, at);
  } catch (error) {
    // A half-made item would be found by its natural key next time and never be published.
    await documents.delete({ documentId: draft.documentId }).catch((cleanupError) => {
      strapi.log.warn(
        `[seed] could not remove half-made ${uid} ${draft.documentId}: ${cleanupError}`
      );
    });
    throw error;
  }
  return draft.documentId;
}

/** Publishes an existing draft as if it had gone out at `at` (see createPublishedAt). */
async function publishDraftAt(
  strapi: Core.Strapi,
  uid: PublishableContentType,
  documentId: string,
  at: Date
): Promise<void> {
  await strapi.db
    .query(uid)
    .updateMany({ where: { documentId, publishedAt: null }, data: { firstPublishedAt: at } });
  await publishThroughReview(
    strapi,
    uid,
    documentId,
    async () => {
      await strapi.documents(uid).publish({ documentId });
    },
    at
  );
  // publishedAt only orders the app's "newest first" feed; the count period is firstPublishedAt.
  await strapi.db.query(uid).updateMany({
    where: { documentId, publishedAt: { $notNull: true } },
    data: { publishedAt: at },
  });
}

/**
 * The published item for a natural key: `found` when it is already published, else the publish
 * of `found`'s draft is finished (a run killed between create and publish leaves one behind),
 * else the item is created. `created` says whether this run had to write it.
 */
export async function ensurePublishedAt(
  strapi: Core.Strapi,
  uid: PublishableContentType,
  found: string | undefined,
  data: Record<string, unknown>,
  at: Date
): Promise<{ documentId: string; created: boolean }> {
  if (!found) return { documentId: await createPublishedAt(strapi, uid, data, at), created: true };
  const published = await strapi.db
    .query(uid)
    .findOne({ where: { documentId: found, publishedAt: { $notNull: true } }, select: ['id'] });
  if (published) return { documentId: found, created: false };
  await publishDraftAt(strapi, uid, found, at);
  return { documentId: found, created: true };
}

/** Creates a document that stays a draft. */
export async function createDraft(
  strapi: Core.Strapi,
  uid: PublishableContentType,
  data: Record<string, unknown>
): Promise<string> {
  const draft = await strapi.documents(uid).create({ data });
  return draft.documentId;
}
