import { CONTENT_TYPES, type AppContentType } from '../../content-rules/uids';
import { appUserLayout } from './app-user';
import { articleLayout } from './article';
import { campaignLayout } from './campaign';
import {
  bylineLayout,
  phaseLayout,
  pickupLayout,
  pledgeItemLayout,
  problemLayout,
  unitTermLayout,
} from './components';
import { departmentLayout } from './department';
import { episodeLayout } from './episode';
import { pledgeLayout } from './pledge';
import { reporterLayout } from './reporter';
import { SCORING_COMPONENT_LAYOUTS, scoringRuleLayout } from './scoring-rule';
import { specialColumnLayout } from './special-column';
import type { LayoutSpec } from './types';
import { allowedTermLayout, wordLayout } from './word-library';

export type { LayoutSpec } from './types';

/** The content manager layouts the project defines, by content type uid. */
export const CONTENT_TYPE_LAYOUTS: Record<AppContentType, LayoutSpec> = {
  [CONTENT_TYPES.campaign]: campaignLayout,
  [CONTENT_TYPES.column]: specialColumnLayout,
  [CONTENT_TYPES.article]: articleLayout,
  [CONTENT_TYPES.episode]: episodeLayout,
  [CONTENT_TYPES.department]: departmentLayout,
  [CONTENT_TYPES.pledge]: pledgeLayout,
  [CONTENT_TYPES.reporter]: reporterLayout,
};

/** Types that plugins own, or rule books outside the app's content, that admins see. */
export const PLUGIN_TYPE_LAYOUTS: Record<string, LayoutSpec> = {
  'api::scoring-rule.scoring-rule': scoringRuleLayout,
  'plugin::users-permissions.user': appUserLayout,
  'plugin::editorial-review.word': wordLayout,
  'plugin::editorial-review.allowed-term': allowedTermLayout,
};

/** The same for the components, by component uid. */
export const COMPONENT_LAYOUTS: Record<string, LayoutSpec> = {
  'campaign.phase': phaseLayout,
  'episode.problem': problemLayout,
  'pledge.item': pledgeItemLayout,
  'credit.byline': bylineLayout,
  'credit.pickup': pickupLayout,
  'credit.unit-term': unitTermLayout,
  ...SCORING_COMPONENT_LAYOUTS,
};
