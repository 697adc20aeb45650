import type { Core } from '@strapi/strapi';
import type { PublishableContentType } from '../content-rules/uids';

type Created = { id: number; documentId: string };

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
  const draft = (await documents.create({ data } as never)) as unknown as Created;
  try {
    await strapi.db.query(uid).update({ where: { id: draft.id }, data: { firstPublishedAt: at } });
    await documents.publish({ documentId: draft.documentId } as never);
    // publishedAt only orders the app's "newest first" feed; the count period is firstPublishedAt.
    await strapi.db.query(uid).updateMany({
      where: { documentId: draft.documentId, publishedAt: { $notNull: true } },
      data: { publishedAt: at },
    });
  } catch (error) {
    // A half-made item would be found by its natural key next time and never be published.
    await documents.delete({ documentId: draft.documentId } as never).catch((cleanupError) => {
      strapi.log.warn(
        `[seed] could not remove half-made ${uid} ${draft.documentId}: ${cleanupError}`
      );
    });
    throw error;
  }
  return draft.documentId;
}

/** Creates a document that stays a draft. */
export async function createDraft(
  strapi: Core.Strapi,
  uid: PublishableContentType,
  data: Record<string, unknown>
): Promise<string> {
  const draft = (await strapi.documents(uid).create({ data } as never)) as unknown as Created;
  return draft.documentId;
}
