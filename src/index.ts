import type { Core } from '@strapi/strapi';
import {
  indexLinkOrderColumns,
  proposePinyinSlugsInAdmin,
  runFirstPublishedAtBackfillOnlyWhenNeeded,
} from './patches';
import { articleCampaignRule } from './content-rules/article-campaign-rule';
import { creditRules } from './content-rules/credit-rules';
import { scoringRuleRules } from './content-rules/scoring-rule-rules';
import { episodeNumberRule } from './content-rules/episode-number-rule';
import { slugRule } from './content-rules/slug-rule';
import { applyAdminRoleLabels } from './bootstrap/admin-role-labels';
import { applyAdminRoles } from './bootstrap/admin-roles';
import { applyContentManagerLayouts } from './bootstrap/content-manager-layouts';
import { ensureDevSuperAdmin } from './bootstrap/dev-admin';
import { disableSelfRegistration, grantAppReadAccess } from './bootstrap/public-permissions';
import { seedDemoOnFirstStart } from './seed/seed-demo-campaign';
import { installProcessHandlers } from './process';
import { registerContentApi } from './content-api';
import { registerPublishedRelations } from './published-relations';
import {
  prepareContentSearch,
  registerContentSearch,
  type ContentSearchState,
} from './content-search';
import { registerDraftCounts } from './performance/draft-counts';

/** Registered in register(), prepared first thing in bootstrap. */
let contentSearch: ContentSearchState;
let draftCounts: ReturnType<typeof registerDraftCounts>;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentApi(strapi);
    registerPublishedRelations(strapi);
    contentSearch = registerContentSearch(strapi);
    draftCounts = registerDraftCounts(strapi);
    // Order matters: the campaign rule may fill the relation the later rules read.
    strapi.documents.use(articleCampaignRule(strapi));
    strapi.documents.use(episodeNumberRule(strapi));
    strapi.documents.use(creditRules(strapi));
    strapi.documents.use(scoringRuleRules(strapi));
    strapi.documents.use(slugRule(strapi));
    proposePinyinSlugsInAdmin(strapi);
    runFirstPublishedAtBackfillOnlyWhenNeeded(strapi);
    indexLinkOrderColumns(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    installProcessHandlers(strapi);
    await prepareContentSearch(strapi, contentSearch);
    await draftCounts.recount();
    await grantAppReadAccess(strapi);
    await disableSelfRegistration(strapi);
    await applyContentManagerLayouts(strapi);
    await applyAdminRoles(strapi);
    await applyAdminRoleLabels(strapi);
    await ensureDevSuperAdmin(strapi);
    await seedDemoOnFirstStart(strapi);
  },
};
