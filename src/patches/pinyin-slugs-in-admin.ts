import type { Core } from '@strapi/strapi';
import { generateSlug } from '../content-rules/slug-rule';
import { isAppContentType, SLUG_SOURCE } from '../content-rules/uids';

type GenerateArgs = { contentTypeUID: string; field: string; data: Record<string, unknown> };
export type UidService = { generateUIDField: (args: GenerateArgs) => Promise<string> };

const PATCHED = Symbol.for('campaign-cms.pinyin-slugs-in-admin');

/** The document being edited, from what the edit view sends: its documentId or its row id. */
async function documentIdOf(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown> | undefined
): Promise<string | undefined> {
  if (typeof data?.documentId === 'string') return data.documentId;
  if (typeof data?.id !== 'number' && typeof data?.id !== 'string') return undefined;
  const row = await strapi.db
    .query(uid)
    .findOne({ where: { id: data.id }, select: ['documentId'] });
  return (row?.documentId as string | undefined) ?? undefined;
}

/**
 * Patch of @strapi/content-manager 5.54's `uid` service (`generateUIDField`). Why: the admin's
 * slug field fills itself, and its regenerate button asks, through this service, which uses a
 * slugify that drops Chinese. For the app's types it now proposes the pinyin slug the server
 * would generate, so what editors see is what gets stored. No extension point covers a service
 * method. tests/patches/strapi-internals.test.ts fails if the target moves or changes shape.
 */
export function proposePinyinSlugsInAdmin(strapi: Core.Strapi): void {
  const uidService = strapi.plugin('content-manager').service('uid') as UidService & {
    [PATCHED]?: true;
  };
  if (typeof uidService?.generateUIDField !== 'function') {
    throw new Error('patches: content-manager uid.generateUIDField is gone; review the patch');
  }
  if (uidService[PATCHED]) return;
  const original = uidService.generateUIDField.bind(uidService);
  uidService.generateUIDField = async (args) => {
    const { contentTypeUID, field, data } = args;
    if (!isAppContentType(contentTypeUID) || field !== 'slug') return original(args);
    const documentId = await documentIdOf(strapi, contentTypeUID, data);
    return generateSlug(strapi, contentTypeUID, data?.[SLUG_SOURCE[contentTypeUID]], documentId);
  };
  uidService[PATCHED] = true;
}
