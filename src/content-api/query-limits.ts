import { errors } from '@strapi/utils';

/** How deep a populate parameter nests, in whichever of Strapi's shapes it came. */
export function populateDepth(populate: unknown): number {
  if (populate === undefined || populate === null || populate === '') return 0;
  if (typeof populate === 'string') {
    return Math.max(
      ...populate.split(',').map((path) => (path === '*' ? 1 : path.split('.').length))
    );
  }
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (typeof populate === 'object') {
    const children = Object.values(populate as Record<string, unknown>).map((value) => {
      if (value && typeof value === 'object' && 'populate' in value) {
        return 1 + populateDepth((value as { populate: unknown }).populate);
      }
      if (value && typeof value === 'object' && 'on' in value) {
        // Dynamic-zone fragments sit at the same level as the zone itself.
        const fragments = Object.values((value as { on: Record<string, unknown> }).on);
        return (
          1 +
          Math.max(
            0,
            ...fragments.map((f) => populateDepth((f as { populate?: unknown })?.populate))
          )
        );
      }
      return 1;
    });
    return Math.max(0, ...children);
  }
  return 1;
}

/** A deep populate is the cheapest way to make the server do a lot of work: it is capped. */
export function checkPopulateDepth(populate: unknown, maxDepth: number): void {
  const depth = populateDepth(populate);
  if (depth > maxDepth) {
    throw new errors.ValidationError(
      `populate is nested ${depth} levels deep; the limit is ${maxDepth}`
    );
  }
}

const PAGINATION_LIMIT = 1_000_000;
const PAGINATION_KEYS: Record<string, number> = { page: 1, pageSize: 1, start: 0, limit: 1 };

/**
 * Strapi's REST validation checks the shape of `pagination` but not its values: `page=1e20` or
 * `pageSize=-1` reached the query builder (an offset past bigint, or "no limit"). Each value must
 * be a plain integer; a too-large pageSize is still capped to maxLimit by Strapi itself.
 */
export function checkPagination(pagination: unknown): void {
  if (pagination === undefined) return;
  if (pagination === null || typeof pagination !== 'object' || Array.isArray(pagination)) {
    throw new errors.ValidationError('pagination must be an object: pagination[page]=1');
  }
  for (const [key, value] of Object.entries(pagination)) {
    const min = PAGINATION_KEYS[key];
    if (min === undefined) continue; // Strapi's own validation names unknown keys.
    const number = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= PAGINATION_LIMIT)) {
      throw new errors.ValidationError(
        `pagination[${key}] must be an integer from ${min} to ${PAGINATION_LIMIT}`,
        { key: `pagination.${key}` }
      );
    }
  }
}

/** Errors the query builder throws for a filter value that does not fit its column's type. */
export function isValueTypeError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (/^Expected a valid Number, got /.test(error.message)) return true;
  // PostgreSQL class 22 "data exception": invalid text for a number, date or time; out of range.
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('22');
}
