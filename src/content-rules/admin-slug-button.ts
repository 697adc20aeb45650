import type { Core } from '@strapi/strapi';
import { generateSlug } from './slug-rule';
import { isAppContentType, SLUG_SOURCE } from './uids';

type GenerateArgs = { contentTypeUID: string; field: string; data: Record<string, unknown> };
type UidService = { generateUIDField: (args: GenerateArgs) => Promise<string> };

/**
 * The admin's slug field fills itself (and its regenerate button) through the content-manager's
 * uid service, which uses a slugify that drops Chinese. For the app's types it now proposes the
 * same pinyin slug the server would generate, so what editors see is what gets stored.
 */
export function proposePinyinSlugsInAdmin(strapi: Core.Strapi): void {
  const uidService = strapi.plugin('content-manager').service('uid') as UidService;
  const original = uidService.generateUIDField.bind(uidService);
  uidService.generateUIDField = async (args) => {
    const { contentTypeUID, field, data } = args;
    if (!isAppContentType(contentTypeUID) || field !== 'slug') return original(args);
    const documentId = typeof data?.documentId === 'string' ? data.documentId : undefined;
    return generateSlug(strapi, contentTypeUID, data?.[SLUG_SOURCE[contentTypeUID]], documentId);
  };
}
