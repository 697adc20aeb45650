import type { Core } from '@strapi/strapi';

/**
 * Patch of @strapi/core 5.54's `strapi.destroy`. Why: Strapi's SIGTERM handler calls
 * strapi.destroy(), which destroys every open socket at once; the app drains requests in flight
 * first (process/graceful-shutdown.ts). tests/patches/strapi-internals.test.ts fails if the
 * target moves or changes shape.
 */
export function beforeStrapiDestroy(strapi: Core.Strapi, before: () => Promise<void>): void {
  if (typeof strapi.destroy !== 'function') {
    throw new Error('patches: strapi.destroy is gone; review the patch');
  }
  const destroy = strapi.destroy.bind(strapi);
  strapi.destroy = async () => {
    await before();
    return destroy();
  };
}
