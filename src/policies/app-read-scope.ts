import { errors } from '@strapi/utils';
import { APP_READ_ACTIONS } from '../content-api/app-read-actions';
import {
  apiTokenType,
  matchedRoute,
  routeAction,
  type RequestState,
} from '../content-api/request-kind';

const ALLOWED = new Set(APP_READ_ACTIONS);

/**
 * Least privilege for the app's token. Strapi lets a read-only API token through every route
 * whose action ends in find/findOne, which includes the upload library (with its `related`
 * drafts), users and roles, and the publisher's schedules. A read-only token here reads the
 * app's published content and totals only; anything more needs a custom token that an admin
 * grants explicitly. Attached to every content-API route (content-api/route-guards.ts).
 */
export default (ctx: RequestState) => {
  if (apiTokenType(ctx) !== 'read-only') return true;
  const action = routeAction(matchedRoute(ctx));
  if (action && ALLOWED.has(action)) return true;
  throw new errors.PolicyError(
    'a read-only API token reads published content only; this route needs a custom token',
    { action }
  );
};
