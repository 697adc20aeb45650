import type { Core } from '@strapi/strapi';

/**
 * The campaign-tally plugin's content-API route is hand-written (it has no content type), so the
 * documentation plugin cannot generate it. Shape: PublicTotalsResponse in
 * src/plugins/campaign-tally/shared/contracts.ts.
 */
const TOTALS_OVERRIDE = {
  tags: [
    { name: 'Campaign-tally', description: '专项活动发布统计（APP 显示“本专栏已发布 N 篇”）' },
  ],
  paths: {
    '/campaign-tally/campaigns/{slug}/totals': {
      get: {
        tags: ['Campaign-tally'],
        summary: '专项活动已发布数量',
        description:
          'Counts the published articles, episodes and pledges linked to a campaign. Each document counts once; unpublished and deleted items do not count.',
        operationId: 'get/campaign-tally/campaigns/{slug}/totals',
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            description:
              "The campaign's slug, e.g. you-hua-ying-shang-huan-jing-da-tao-lun-da-fan-si-da-ti-sheng",
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/CampaignTotalsResponse' },
              },
            },
          },
          '404': {
            description: 'Unknown campaign slug',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      CampaignTotalsResponse: {
        type: 'object',
        required: ['data'],
        properties: {
          data: {
            type: 'object',
            required: ['campaign', 'totals', 'asOf'],
            properties: {
              campaign: {
                type: 'object',
                properties: {
                  documentId: { type: 'string' },
                  slug: { type: 'string' },
                  name: { type: 'string' },
                },
              },
              totals: {
                type: 'object',
                properties: {
                  articles: { type: 'integer' },
                  episodes: { type: 'integer' },
                  pledges: { type: 'integer' },
                  total: { type: 'integer' },
                },
              },
              asOf: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
  },
};

/**
 * Adds the hand-written routes to the generated OpenAPI document. Call in register: the
 * documentation plugin generates the document in its bootstrap, reading the overrides then.
 */
export function registerOpenApiOverrides(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return; // Documentation disabled (e.g. a trimmed production config).
  documentation.service('override').registerOverride(TOTALS_OVERRIDE);
}
