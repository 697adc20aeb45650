import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config-access';

/** A short in-memory TTL cache for the app's public totals, keyed by campaign slug (per process). */
export const createTotalsCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, { expires: number; value: unknown }>();

  return {
    /** Returns the cached value for a key, or loads, stores and returns it. */
    async getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
      const ttl = pluginConfig(strapi).totalsCacheTtlMs;
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) return hit.value as T;
      const value = await load();
      if (ttl > 0) entries.set(key, { expires: Date.now() + ttl, value });
      return value;
    },

    /** Drops every cached entry; called after a publish, unpublish or delete commits. */
    clear() {
      entries.clear();
    },
  };
};

export type TotalsCacheService = ReturnType<typeof createTotalsCacheService>;
