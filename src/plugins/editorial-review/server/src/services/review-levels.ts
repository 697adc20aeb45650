import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/constants';
import { checkReviewLevels, parseReviewLevels, type ReviewLevels } from '../config/review-levels';

const cache = new WeakMap<object, ReviewLevels>();

/** The review levels in force: the plugin config's `reviewLevels` (REVIEW_LEVELS), read once. */
export function getReviewLevels(strapi: Core.Strapi): ReviewLevels {
  let levels = cache.get(strapi);
  if (!levels) {
    levels = parseReviewLevels(
      strapi.config.get<string | undefined>(`plugin::${PLUGIN_ID}.reviewLevels`)
    );
    checkReviewLevels(levels, (uid) => strapi.contentType(uid as never) as never);
    cache.set(strapi, levels);
  }
  return levels;
}
