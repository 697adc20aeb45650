import type { Core } from '@strapi/strapi';
import { TALLIED_TYPE_RECORDS } from '../../../shared/tallied-types';

const integer = { type: 'integer' } as const;

/**
 * The content API's totals route in the OpenAPI document: it has no content type, so the
 * documentation plugin cannot generate it. The schema follows PublicTotalsResponse
 * (shared/contracts.ts): one total per tallied type, and their sum.
 */
const totalsOverride = () => ({
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
                properties: Object.fromEntries([
                  ...TALLIED_TYPE_RECORDS.map((t) => [t.total, integer]),
                  ['total', integer],
                ]),
              },
              asOf: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
  },
});

/** Adds the totals route to the documentation plugin's OpenAPI document, when it is enabled. */
export function registerTotalsDocumentation(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation.service('override').registerOverride(totalsOverride());
}
