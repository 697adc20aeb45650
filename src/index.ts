import type { Core } from '@strapi/strapi';
import { proposePinyinSlugsInAdmin } from './content-rules/admin-slug-button';
import { runFirstPublishedAtBackfillOnlyWhenNeeded } from './performance/first-published-at-backfill';
import { articleCampaignRule } from './content-rules/article-campaign-rule';
import { episodeNumberRule } from './content-rules/episode-number-rule';
import { slugRule } from './content-rules/slug-rule';
import { applyAdminRoleLabels } from './bootstrap/admin-role-labels';
import { applyAdminRoles, guardSchedulingRoutes } from './bootstrap/admin-roles';
import { applyContentManagerLayouts } from './bootstrap/content-manager-layouts';
import { ensureDevSuperAdmin } from './bootstrap/dev-admin';
import { registerOpenApiOverrides } from './bootstrap/openapi-overrides';
import { disableSelfRegistration, grantAppReadAccess } from './bootstrap/public-permissions';
import { seedDemoOnFirstStart } from './seed/seed-demo-campaign';
import { installServerGuards } from './security';
import { registerContentApi } from './content-api';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentApi(strapi);
    // Order matters: the campaign rule may fill the relation the later rules read.
    strapi.documents.use(articleCampaignRule(strapi));
    strapi.documents.use(episodeNumberRule(strapi));
    strapi.documents.use(slugRule(strapi));
    proposePinyinSlugsInAdmin(strapi);
    runFirstPublishedAtBackfillOnlyWhenNeeded(strapi);
    guardSchedulingRoutes(strapi);
    registerOpenApiOverrides(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    installServerGuards(strapi);
    await grantAppReadAccess(strapi);
    await disableSelfRegistration(strapi);
    await applyContentManagerLayouts(strapi);
    await applyAdminRoles(strapi);
    await applyAdminRoleLabels(strapi);
    await ensureDevSuperAdmin(strapi);
    await seedDemoOnFirstStart(strapi);
  },
};
