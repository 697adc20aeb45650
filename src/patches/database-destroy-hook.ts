import type { Core } from '@strapi/strapi';

/**
 * Patch of @strapi/core 5.54's `strapi.db.destroy`. Why: no destroy hook reaches app code outside
 * src/index.ts, and the database closes last in strapi.destroy(); connections the app opened
 * beside it (the shared Redis cache) must close then, or they keep the process alive.
 * tests/patches/strapi-internals.test.ts fails if the target moves or changes shape.
 */
export function beforeDatabaseDestroy(strapi: Core.Strapi, close: () => Promise<void>): void {
  if (typeof strapi.db?.destroy !== 'function') {
    throw new Error('patches: strapi.db.destroy is gone; review the patch');
  }
  const destroyDatabase = strapi.db.destroy.bind(strapi.db);
  strapi.db.destroy = async () => {
    await close().catch(() => undefined);
    return destroyDatabase();
  };
}
