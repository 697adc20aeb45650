import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readToOneChange } from './relation-input';
import { CONTENT_TYPES } from './uids';

type Data = Record<string, unknown>;
type Params = { documentId?: string; data?: Data };

const fieldError = (path: string, message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: [path], message, name: 'ValidationError' }],
  });

/** The campaign documentId of a column's draft, or null. */
async function campaignOfColumn(
  strapi: Core.Strapi,
  columnDocumentId: string
): Promise<string | null> {
  const column = await strapi.documents(CONTENT_TYPES.column).findOne({
    documentId: columnDocumentId,
    status: 'draft',
    fields: ['documentId'],
    populate: { campaign: { fields: ['documentId'] } },
  });
  if (!column) throw fieldError('column', `找不到所选专栏（${columnDocumentId}）`);
  return (column.campaign as { documentId?: string } | null)?.documentId ?? null;
}

async function storedRelations(strapi: Core.Strapi, documentId: string | undefined) {
  if (!documentId) return { column: null, campaign: null };
  const draft = await strapi.documents(CONTENT_TYPES.article).findOne({
    documentId,
    status: 'draft',
    fields: ['documentId'],
    populate: { column: { fields: ['documentId'] }, campaign: { fields: ['documentId'] } },
  });
  const docId = (value: unknown) => (value as { documentId?: string } | null)?.documentId ?? null;
  return { column: docId(draft?.column), campaign: docId(draft?.campaign) };
}

/**
 * An article's campaign follows its column when the campaign is not given, and a column and a
 * campaign that disagree are refused before anything is written. Publishing needs a campaign.
 */
export const articleCampaignRule =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    if (context.uid !== CONTENT_TYPES.article) return next();
    const { action } = context;
    const params = context.params as Params & { status?: string };

    if (action === 'publish') {
      const stored = await storedRelations(strapi, params.documentId);
      if (params.documentId && !stored.campaign) {
        throw fieldError('campaign', '稿件须先选定专项活动才能发布');
      }
      return next();
    }
    if (action !== 'create' && action !== 'update') return next();

    const data: Data = { ...(params.data ?? {}) };
    const stored = await storedRelations(
      strapi,
      action === 'update' ? params.documentId : undefined
    );
    const columnChange = await readToOneChange(strapi, CONTENT_TYPES.column, data.column);
    const campaignChange = await readToOneChange(strapi, CONTENT_TYPES.campaign, data.campaign);

    const column =
      columnChange.kind === 'set'
        ? columnChange.documentId
        : columnChange.kind === 'cleared'
          ? null
          : stored.column;
    let campaign =
      campaignChange.kind === 'set'
        ? campaignChange.documentId
        : campaignChange.kind === 'cleared'
          ? null
          : stored.campaign;

    if (column) {
      const columnCampaign = await campaignOfColumn(strapi, column);
      if (columnCampaign && !campaign) {
        campaign = columnCampaign;
        data.campaign = columnCampaign;
      } else if (columnCampaign && campaign !== columnCampaign) {
        throw fieldError(
          'campaign',
          `所选专栏属于另一个专项活动（${columnCampaign}），与稿件所选专项活动（${campaign}）不一致`
        );
      }
    }

    const publishing = action === 'create' && params.status === 'published';
    if (publishing && !campaign) {
      throw fieldError('campaign', '稿件须先选定专项活动才能发布');
    }

    context.params = { ...params, data } as typeof context.params;
    return next();
  };
