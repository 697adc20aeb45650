import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { makeSlug, slugCandidate } from '../slugs/make-slug';
import { isAppContentType, SLUG_SOURCE, type AppContentType } from './uids';

type Data = Record<string, unknown>;
type Params = { documentId?: string; data?: Data };

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** How many candidates one lookup asks about: base, base-2 … base-50. */
const CANDIDATES_PER_LOOKUP = 50;

/**
 * The first slug for `base` that no other document of the type holds. Asks by equality
 * (`slug IN (base, base-2, …)`), which the slug index answers, in batches until one is free:
 * a prefix LIKE cannot use that index on SQLite (case-insensitive LIKE) or PostgreSQL (locale
 * collation), and scanned the whole table on every new item.
 */
async function firstFreeSlugInDatabase(
  strapi: Core.Strapi,
  uid: AppContentType,
  base: string,
  documentId?: string
): Promise<string> {
  for (let first = 1; ; first += CANDIDATES_PER_LOOKUP) {
    const candidates = Array.from({ length: CANDIDATES_PER_LOOKUP }, (_, i) =>
      slugCandidate(base, first + i)
    );
    const rows = await strapi.db.query(uid).findMany({
      where: {
        slug: { $in: candidates },
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
      select: ['slug'],
    });
    const taken = new Set(rows.map((row) => row.slug as string));
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free) return free;
  }
}

export async function generateSlug(
  strapi: Core.Strapi,
  uid: AppContentType,
  sourceText: unknown,
  documentId?: string
): Promise<string> {
  const fallback = strapi.contentType(uid).info.singularName;
  const base = makeSlug(typeof sourceText === 'string' ? sourceText : '') || fallback;
  return firstFreeSlugInDatabase(strapi, uid, base, documentId);
}

async function assertSlugFree(
  strapi: Core.Strapi,
  uid: AppContentType,
  slug: string,
  documentId?: string
) {
  const clash = await strapi.db.query(uid).findOne({
    where: { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['documentId'],
  });
  if (clash) {
    throw new errors.ValidationError(
      `slug "${slug}" is already used by another item of this type`,
      {
        errors: [
          { path: ['slug'], message: 'This slug is already taken', name: 'ValidationError' },
        ],
      }
    );
  }
}

/**
 * Fills an empty slug from the pinyin of the title or name, on every write path (admin, REST,
 * Document Service), and keeps editor-chosen slugs unique within the type.
 */
export const slugRule =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    const { uid, action } = context;
    if (!isAppContentType(uid) || !['create', 'update', 'clone'].includes(action)) return next();

    const params = context.params as Params;
    const data: Data = { ...(params.data ?? {}) };
    const documentId = action === 'update' ? params.documentId : undefined;
    const sourceField = SLUG_SOURCE[uid];

    if (!isBlank(data.slug)) {
      await assertSlugFree(strapi, uid, String(data.slug), documentId);
      return next();
    }

    if (action === 'create') {
      data.slug = await generateSlug(strapi, uid, data[sourceField]);
    } else {
      // update and clone: only fill when the stored or submitted slug is empty
      const existing = params.documentId
        ? await strapi.db.query(uid).findOne({
            where: { documentId: params.documentId },
            select: ['slug', sourceField],
          })
        : null;
      const slugIsBeingCleared = 'slug' in data;
      if (!slugIsBeingCleared && action === 'update' && existing && !isBlank(existing.slug))
        return next();
      const source = data[sourceField] ?? existing?.[sourceField];
      data.slug = await generateSlug(strapi, uid, source, documentId);
    }

    context.params = { ...params, data } as typeof context.params;
    return next();
  };
