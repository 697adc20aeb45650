import type { Core } from '@strapi/strapi';
import { isContentApiRequest, type RequestState } from './request-kind';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Document Service actions that read. */
const READ_ACTIONS = new Set(['findOne', 'findMany', 'findFirst', 'count']);
/** Requests that only read; writes by a full-access token keep the status they asked for. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Any role with `find` may send `?status=draft`, and Strapi has no per-role switch. So every
 * Document Service read made while serving a content-API read is of the published version,
 * whatever the query said and whichever spelling of the path reached the route. Populated
 * relations follow the status of the query, so they are published versions too.
 */
export const publishedOnly =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || !context.contentType.options?.draftAndPublish) {
      return next();
    }
    const request = strapi.requestContext.get() as RequestState | undefined;
    if (isContentApiRequest(request) && SAFE_METHODS.has(String(request?.method))) {
      context.params = { ...context.params, status: 'published' } as typeof context.params;
    }
    return next();
  };
