import type { Core } from '@strapi/strapi';
import { WORD_UIDS } from '../../../shared/word-check';
import { getService } from '../get-service';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const LIBRARY = new Set<string>(Object.values(WORD_UIDS));
const WRITES = new Set(['create', 'update', 'delete', 'clone']);

/**
 * A write to the 错敏词 library or its allow-list applies to the next check, on every instance.
 * The revision moves after the commit: another instance that rebuilt before it would otherwise
 * keep the old library under the new revision.
 */
export const wordLibraryMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!LIBRARY.has(context.uid) || !WRITES.has(context.action)) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const result = await next();
      onCommit(() => {
        getService('word-check', { strapi })
          .libraryChanged()
          .catch((error: Error) =>
            strapi.log.error(`[editorial-review] 错敏词 library revision: ${error.message}`)
          );
      });
      return result;
    });
  };
