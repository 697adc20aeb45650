import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { createMemoryStore, createRedisStore, type CacheStore } from './cache-store';
import { registerCountCache } from './count-cache';
import { registerInvalidation } from './invalidation';
import { beforeDatabaseDestroy } from '../patches';

export interface PerformanceCacheConfig {
  /** Off switch for both the response cache and the count cache. */
  enabled: boolean;
  /** Lifetime of a cached response or count; invalidation on writes is what keeps them correct. */
  ttlMs: number;
  /** Most entries the in-memory store keeps (least recently used go first). */
  maxEntries: number;
  /** Redis connection string; when empty the store is per-process memory. */
  redisUrl?: string;
  /** Key prefix in Redis, so several apps can share one server. */
  redisPrefix: string;
}

const instances = new WeakMap<Core.Strapi, CacheStore>();

/**
 * The one cache store of this Strapi instance. Created on first use, with its invalidation hooks
 * and the content-API count cache, so a second middleware instance does not register them twice.
 */
export function performanceCache(strapi: Core.Strapi, config: PerformanceCacheConfig): CacheStore {
  const existing = instances.get(strapi);
  if (existing) return existing;
  const store = config.redisUrl
    ? createRedisStore(
        new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }),
        config.redisPrefix
      )
    : createMemoryStore(config.maxEntries);
  instances.set(strapi, store);
  const invalidate = () => {
    store
      .invalidate()
      .catch((error: unknown) =>
        strapi.log.error(`performance cache: invalidation failed: ${String(error)}`)
      );
  };
  registerInvalidation(strapi, invalidate);
  // The Redis connection closes with the database, or it keeps the process alive.
  beforeDatabaseDestroy(strapi, () => store.close());
  registerCountCache(strapi, store, config.ttlMs);
  // Another process may have changed the data while this one was down (shared Redis).
  invalidate();
  return store;
}
