import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];

/**
 * Runs a raw read inside the caller's transaction when there is one (a word check runs inside
 * submit and publish): on SQLite's one connection a read beside it would wait for the pool.
 */
export const readInTransaction =
  (strapi: Core.Strapi) =>
  <T>(work: (knex: Knex) => Promise<T>): Promise<T> =>
    // Strapi's typing wraps the callback's promise once more; at run time it resolves to T.
    strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as unknown as Promise<T>;

/** Rows of a raw query, whichever driver answered. */
export const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
