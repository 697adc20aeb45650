import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES } from './uids';

type Params = { documentId?: string; data?: Record<string, unknown> };

/** Episode numbers are unique within a programme (《张店民声》 第1期, 第2期 …). */
export const episodeNumberRule =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    if (
      context.uid !== CONTENT_TYPES.episode ||
      !['create', 'update', 'clone'].includes(context.action)
    ) {
      return next();
    }
    const params = context.params as Params;
    const data = params.data ?? {};
    if (context.action !== 'create' && data.number === undefined && data.programme === undefined)
      return next();

    const stored =
      context.action !== 'create' && params.documentId
        ? await strapi.db
            .query(CONTENT_TYPES.episode)
            .findOne({ where: { documentId: params.documentId }, select: ['programme', 'number'] })
        : null;
    const programme = data.programme ?? stored?.programme;
    const number = data.number ?? stored?.number;
    if (programme === undefined || programme === null || number === undefined || number === null)
      return next();

    const ownId = context.action === 'update' ? params.documentId : undefined;
    const clash = await strapi.db.query(CONTENT_TYPES.episode).findOne({
      where: { programme, number, ...(ownId ? { documentId: { $ne: ownId } } : {}) },
      select: ['documentId', 'title'],
    });
    if (clash) {
      const message = `《${programme}》已有第${number}期（“${clash.title}”），期数不能重复`;
      throw new errors.ValidationError(message, {
        errors: [{ path: ['number'], message, name: 'ValidationError' }],
      });
    }
    return next();
  };
