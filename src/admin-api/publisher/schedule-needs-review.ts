import type { Core } from '@strapi/strapi';
import { ACTION_HANDLERS, findScheduledAction, type PolicyContext } from './scheduled-actions';

interface ReviewGate {
  assertPublishable(uid: string, documentId: string): Promise<unknown>;
}

const gateOf = (strapi: Core.Strapi) =>
  strapi.plugin('editorial-review').service('review') as ReviewGate;

/**
 * A scheduled publish is a publish: it is set only for a draft that passed 三审 (the gate's
 * message, naming the stage, is the answer), and checked again when it fires
 * (claim-due-schedule.ts), since the draft may change in between. Runs after validate-action.
 */
export default async function scheduleNeedsReview(
  ctx: PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
): Promise<boolean> {
  const handler = ctx.state.route?.handler;
  let action: { mode?: unknown; entitySlug?: unknown; entityId?: unknown } | null = null;
  if (handler === ACTION_HANDLERS.create)
    action = (ctx.request.body as { data?: typeof action })?.data ?? null;
  else if (handler === ACTION_HANDLERS.update)
    action = await findScheduledAction(strapi, ctx.params?.id);
  if (!action || action.mode !== 'publish') return true;
  await gateOf(strapi).assertPublishable(String(action.entitySlug), String(action.entityId));
  return true;
}
