import type { Core } from '@strapi/strapi';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Document Service actions that can change what the content API answers. */
const WRITE_ACTIONS = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
]);

/** Models written outside the Document Service that still change content-API answers. */
const isWatchedModel = (uid: string) =>
  uid.startsWith('api::') ||
  uid === 'plugin::upload.file' ||
  uid === 'plugin::users-permissions.permission' ||
  uid === 'plugin::users-permissions.role';

/**
 * Calls `invalidate` after every committed write that can change a cached answer: Document
 * Service writes (admin, REST, scheduled publishing, scripts) and direct Query Engine writes to
 * content, media and public permissions. Inside a transaction it waits for the commit, so a
 * reader can never re-cache the version that is about to be replaced.
 */
export function registerInvalidation(strapi: Core.Strapi, invalidate: () => void) {
  const afterCommit = async () => {
    if (strapi.db.inTransaction())
      await strapi.db.transaction(async ({ onCommit }) => onCommit(invalidate));
    else invalidate();
  };

  const documentsMiddleware: DocumentMiddleware = async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const result = await next();
    await afterCommit();
    return result;
  };
  strapi.documents.use(documentsMiddleware);

  const onWrite = async (event: { model: { uid: string } }) => {
    if (isWatchedModel(event.model.uid)) await afterCommit();
  };
  strapi.db.lifecycles.subscribe({
    afterCreate: onWrite,
    afterCreateMany: onWrite,
    afterUpdate: onWrite,
    afterUpdateMany: onWrite,
    afterDelete: onWrite,
    afterDeleteMany: onWrite,
  });
}
