import type { Core } from '@strapi/strapi';
import { pluginConfig } from './plugin-config-access';
import { ledgerMiddleware } from './middlewares/ledger-middleware';

/** Checks the tallied types against the real content types, then hooks the ledger into writes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = pluginConfig(strapi);
  for (const [type, typeConfig] of Object.entries(config.types)) {
    if (!typeConfig) continue;
    const contentType = strapi.contentType(typeConfig.uid as never) as
      | {
          options?: { draftAndPublish?: boolean };
          attributes: Record<string, { type?: string; target?: string }>;
        }
      | undefined;
    if (!contentType)
      throw new Error(
        `campaign-tally: tallied type "${type}" points at unknown content type ${typeConfig.uid}`
      );
    if (!contentType.options?.draftAndPublish) {
      throw new Error(
        `campaign-tally: tallied type "${type}" (${typeConfig.uid}) must have draft & publish`
      );
    }
    const campaign = contentType.attributes[typeConfig.campaignField];
    if (campaign?.type !== 'relation' || campaign.target !== config.campaignUid) {
      throw new Error(
        `campaign-tally: ${typeConfig.uid}.${typeConfig.campaignField} is not a relation to ${config.campaignUid}`
      );
    }
  }
  strapi.documents.use(ledgerMiddleware(strapi));
};
