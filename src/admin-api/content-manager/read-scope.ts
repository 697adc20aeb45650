import type { Core } from '@strapi/strapi';

type Query = Record<string, unknown>;

/** The part of the content manager's permission checker the guards use (Strapi 5.54). */
export interface PermissionChecker {
  can: { read(entity?: object | null, field?: string): boolean };
  cannot: {
    read(entity?: object | null, field?: string): boolean;
    create(): boolean;
    update(): boolean;
  };
  sanitizedQuery: { read(query: Query): Promise<Query> };
}

/** The checker Strapi's own content-manager controllers build for a caller and a model. */
export function permissionChecker(
  strapi: Core.Strapi,
  userAbility: unknown,
  model: string
): PermissionChecker {
  const service = strapi.plugin('content-manager').service('permission-checker') as {
    create(args: { userAbility: unknown; model: string }): PermissionChecker;
  };
  return service.create({ userAbility, model });
}

type Key = 'id' | 'documentId';

/**
 * Which of `values` (row ids or documentIds of `model`) the caller may read, by the same
 * permission query Strapi's list view applies (`sanitizedQuery.read`, conditions such as
 * is-creator included). A value is readable when at least one of its rows is.
 */
export async function readableValues(
  strapi: Core.Strapi,
  userAbility: unknown,
  model: string,
  key: Key,
  values: Array<string | number>
): Promise<Set<string>> {
  const wanted = [...new Set(values.map(String))];
  if (wanted.length === 0) return new Set();
  const checker = permissionChecker(strapi, userAbility, model);
  // No read rule at all: Strapi's permission query is then empty, which would match every row.
  if (checker.cannot.read()) return new Set();
  const query = await checker.sanitizedQuery.read({ filters: { [key]: { $in: wanted } } });
  const transform = strapi.get('query-params') as { transform(uid: string, q: Query): Query };
  const { where } = transform.transform(model, { filters: query.filters });
  const rows = (await strapi.db.query(model).findMany({
    where: { $and: [where ?? {}, { [key]: { $in: wanted } }] },
    select: [key],
  })) as Array<Record<Key, string | number>>;
  // Intersect again: whatever the permission query became, only asked-for values come back.
  return new Set(rows.map((row) => String(row[key])).filter((value) => wanted.includes(value)));
}
