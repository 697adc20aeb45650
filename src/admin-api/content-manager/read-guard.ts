import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GuardContext } from './guard-context';
import { permissionChecker, readableValues } from './read-scope';
import { isPlainObject } from './write-body';

type Row = { id?: number | string; documentId?: string };
type Page = { results?: Row[]; pagination?: { total?: number; pageSize?: number } };

/** Content-manager handlers that show documents other than the route's own (Strapi 5.54). */
export const READ_GUARDED = [
  'collection-types.clone',
  'collection-types.autoClone',
  'collection-types.bulkFindForValidation',
  'relations.findAvailable',
  'relations.findExisting',
  'uid.generateUID',
  'uid.checkUIDAvailability',
] as const;

/** Clone answers with the copy in full, and Strapi checks only the create right. */
async function checkCloneSource(strapi: Core.Strapi, ctx: GuardContext, model: string) {
  const sourceId = ctx.params?.sourceId ?? '';
  const exists = await strapi.db.query(model).count({ where: { documentId: sourceId } });
  // A missing source is the controller's 404.
  if (exists === 0) return;
  const readable = await readableValues(strapi, ctx.state.userAbility, model, 'documentId', [
    sourceId,
  ]);
  if (!readable.has(sourceId)) {
    throw new errors.ForbiddenError('只能复制您有权查看的内容');
  }
}

/** Drops the rows the caller cannot read from a page of results, and counts them out. */
async function keepReadable(
  strapi: Core.Strapi,
  ctx: GuardContext,
  model: string,
  key: 'id' | 'documentId'
) {
  const page = ctx.body as Page | undefined;
  if (!page || !Array.isArray(page.results)) return;
  const values = page.results.map((row) => row[key]).filter((v) => v !== undefined);
  const readable = await readableValues(strapi, ctx.state.userAbility, model, key, values);
  const kept = page.results.filter((row) => readable.has(String(row[key])));
  const hidden = page.results.length - kept.length;
  page.results = kept;
  if (hidden > 0 && page.pagination && typeof page.pagination.total === 'number') {
    // Exact for a single page; on later pages only this page's hidden rows are known.
    const total = Math.max(0, page.pagination.total - hidden);
    const pageSize = page.pagination.pageSize || total || 1;
    Object.assign(page.pagination, { total, pageCount: Math.ceil(total / pageSize) });
  }
}

/** The type a relation field points to, or null for a field that is not a relation. */
function relationTarget(strapi: Core.Strapi, model: string, field: string): string | null {
  const schema = strapi.getModel(model as UID.Schema) as
    { attributes: Record<string, { type?: string; target?: string }> } | undefined;
  const attribute = schema?.attributes[field];
  return attribute?.type === 'relation' && attribute.target ? attribute.target : null;
}

/**
 * The uid routes answer any admin. They now need the right to create or edit the type, the only
 * use of a slug field. A value held by a document the caller cannot read still answers "not
 * available" (saving it would fail: slugs are unique across the type, see slug-rule.ts), and the
 * suggestion is built from the caller's own value, so no other document's text is returned.
 */
function checkUidRights(strapi: Core.Strapi, ctx: GuardContext) {
  const body = ctx.request.body;
  const uid = isPlainObject(body) ? body.contentTypeUID : undefined;
  // Anything else is the controller's own 400.
  if (typeof uid !== 'string' || !(uid in strapi.contentTypes)) return;
  const checker = permissionChecker(strapi, ctx.state.userAbility, uid);
  if (checker.cannot.create() && checker.cannot.update()) {
    throw new errors.ForbiddenError(`您没有新建或编辑此类内容（${uid}）的权限`);
  }
}

/**
 * Route middleware on the content-manager routes that return other documents than the route's
 * own: clone, bulk validation reads, relation pickers and uid checks follow the caller's read
 * rights (Strapi's permission checker), decided by the matched route's handler.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: GuardContext, next: () => Promise<unknown>) => {
    const { route } = ctx.state;
    if (route?.info?.pluginName !== 'content-manager') return next();
    const handler = typeof route.handler === 'string' ? route.handler : '';
    const model = ctx.params?.model ?? '';
    switch (handler) {
      case 'collection-types.clone':
      case 'collection-types.autoClone':
        if (model in strapi.contentTypes) await checkCloneSource(strapi, ctx, model);
        return next();
      case 'collection-types.bulkFindForValidation': {
        const result = await next();
        if (model in strapi.contentTypes) await keepReadable(strapi, ctx, model, 'documentId');
        return result;
      }
      case 'relations.findAvailable':
      case 'relations.findExisting': {
        const result = await next();
        const target = relationTarget(strapi, model, ctx.params?.targetField ?? '');
        if (target) await keepReadable(strapi, ctx, target, 'id');
        return result;
      }
      case 'uid.generateUID':
      case 'uid.checkUIDAvailability':
        checkUidRights(strapi, ctx);
        return next();
      default:
        throw new Error(`no read rule for content-manager handler ${handler}`);
    }
  };
