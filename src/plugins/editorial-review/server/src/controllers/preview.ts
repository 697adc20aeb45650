import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';

type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
};

/** GET /editorial-review/preview/:uid/:documentId?status&expires&sig: the page in the iframe. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Ctx) {
    const { uid, documentId } = ctx.params;
    const { status, expires, sig } = ctx.query;
    if (status !== 'draft' && status !== 'published')
      throw new errors.ValidationError('status 须为 draft 或 published');
    if (typeof sig !== 'string' || typeof expires !== 'string' || !/^\d{1,15}$/.test(expires))
      throw new errors.ValidationError('预览链接缺少签名或有效期');
    const html = await getService('preview', { strapi }).render(
      { uid, documentId, status },
      Number(expires),
      sig
    );
    // A draft: never cached, never indexed.
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  },
});
