import type { Core } from '@strapi/strapi';
import { CAMPAIGN_UID, TALLIED_TYPE_RECORDS } from '../../shared/tallied-types';
import { ledgerMiddleware } from './document-middlewares/ledger-middleware';
import { registerTotalsDocumentation } from './routes/totals-documentation';

/**
 * Checks the tallied types against the real content types, hooks the ledger into writes, and
 * documents the totals route (the documentation plugin reads overrides in its bootstrap).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  for (const { type, uid } of TALLIED_TYPE_RECORDS) {
    const contentType = strapi.contentType(uid);
    if (!contentType) throw new Error(`campaign-tally: tallied type "${type}" (${uid}) is missing`);
    if (!contentType.options?.draftAndPublish) {
      throw new Error(`campaign-tally: tallied type "${type}" (${uid}) must have draft & publish`);
    }
    const campaign = contentType.attributes.campaign as { type?: string; target?: string };
    if (campaign?.type !== 'relation' || campaign.target !== CAMPAIGN_UID) {
      throw new Error(`campaign-tally: ${uid}.campaign is not a relation to ${CAMPAIGN_UID}`);
    }
  }
  strapi.documents.use(ledgerMiddleware(strapi));
  registerTotalsDocumentation(strapi);
};
