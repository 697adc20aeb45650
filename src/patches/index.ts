/**
 * Every patch of Strapi's internals, in one place. Each module says why, the Strapi version it
 * was written for, and which test fails when its target moves or changes shape
 * (tests/patches/strapi-internals.test.ts). Documented extension points live elsewhere:
 * src/extensions/<plugin>/strapi-server.ts and Document Service middlewares.
 */
export { beforeDatabaseDestroy } from './database-destroy-hook';
export { runFirstPublishedAtBackfillOnlyWhenNeeded } from './first-published-at-backfill';
export { registerInternalModel, type InternalModel } from './internal-models';
export { searchThroughIndex } from './indexed-search';
export { indexLinkOrderColumns, linkOrderIndexes } from './link-order-indexes';
export { proposePinyinSlugsInAdmin } from './pinyin-slugs-in-admin';
export { beforeStrapiDestroy } from './strapi-destroy-hook';
