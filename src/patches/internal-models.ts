import type { Core } from '@strapi/strapi';

/** A database-only model: a table Strapi's schema sync owns, with no content type or API. */
export interface InternalModel {
  uid: string;
  singularName: string;
  tableName: string;
  attributes: Record<string, { type: string }>;
  indexes?: ReadonlyArray<{ name: string; columns: readonly string[] }>;
}

/**
 * Use of @strapi/core 5.54's internal models registry (`strapi.get('models')`), the way Strapi
 * registers its own core-store and webhook tables. Why: the app needs a table no one may reach
 * through the content manager or an API; a content type would bring both. Call in register():
 * the registry is read when the database initialises, in bootstrap.
 * tests/patches/strapi-internals.test.ts fails if the registry moves or changes shape.
 */
export function registerInternalModel(strapi: Core.Strapi, model: InternalModel): void {
  const models = strapi.get('models') as { add?: (model: InternalModel) => unknown } | undefined;
  if (typeof models?.add !== 'function') {
    throw new Error('patches: strapi.get("models").add is gone; review the patch');
  }
  models.add(model);
}
