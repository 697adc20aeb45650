import type { Core } from '@strapi/strapi';
import { ACTIONS, LEVELS } from '../../../shared/constants';

type Ability = { can(action: string, subject?: string): boolean };
type PolicyContext = { state: { userAbility?: Ability }; params: Record<string, string> };

/** Whether the caller holds at least one review level (the queue and the sign-off routes). */
const hasAnyReviewLevel = (ctx: PolicyContext) =>
  LEVELS.some((level) => ctx.state.userAbility?.can(ACTIONS.reviewLevel[level]) ?? false);

/**
 * Whether the caller holds a content-manager right on the route's type: `read` to see a
 * review, `update` to submit, `publish` to withdraw. The document's own conditions (such as
 * is-creator) are checked again by the controller with the document in hand.
 */
const hasContentRight = (
  ctx: PolicyContext,
  config: { verb: 'read' | 'update' | 'publish'; uid?: string },
  { strapi }: { strapi: Core.Strapi }
) => {
  const uid = config.uid ?? ctx.params.uid;
  if (!uid || !strapi.contentType(uid as never)) return false;
  return (
    ctx.state.userAbility?.can(`plugin::content-manager.explorer.${config.verb}`, uid) ?? false
  );
};

export default {
  'has-any-review-level': hasAnyReviewLevel,
  'has-content-right': hasContentRight,
};
