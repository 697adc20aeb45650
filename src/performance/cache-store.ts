import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A cache lookup: the generation it was read under, and the value if one was stored. */
export interface Lookup {
  generation: string;
  value: string | null;
}

/**
 * Generation-stamped key/value store. An invalidation moves to a new generation; a value computed
 * under an older generation is never stored where the new one reads, so a response built from
 * data read before a commit cannot outlive the invalidation that commit caused.
 */
export interface CacheStore {
  lookup(key: string): Promise<Lookup>;
  store(generation: string, key: string, value: string, ttlMs: number): Promise<void>;
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

/** In-process LRU store (lru-cache): per instance, so use Redis when several instances serve the API. */
export function createMemoryStore(maxEntries: number): CacheStore {
  let generation = 0;
  const entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  return {
    async lookup(key) {
      return { generation: String(generation), value: entries.get(key) ?? null };
    },
    async store(at, key, value, ttlMs) {
      // A value from before an invalidation, or one that is already stale, is never kept.
      if (at !== String(generation) || ttlMs <= 0) return;
      entries.set(key, value, { ttl: ttlMs });
    },
    // Synchronous body: the generation moves before the caller's next statement runs.
    async invalidate() {
      generation += 1;
      entries.clear();
    },
    async close() {
      entries.clear();
    },
  };
}

const LOOKUP_SCRIPT = `
local g = redis.call('GET', KEYS[1]) or '0'
local v = redis.call('HGET', ARGV[2] .. g, ARGV[1])
return {g, v}`;

/**
 * Redis store shared by every instance: entries live in one hash per generation, so an
 * invalidation is one INCR plus an UNLINK of the old hash, whatever the number of entries.
 */
export function createRedisStore(redis: Redis, prefix: string): CacheStore {
  const generationKey = `${prefix}generation`;
  const hashPrefix = `${prefix}entries:`;
  return {
    async lookup(key) {
      const [generation, raw] = (await redis.eval(
        LOOKUP_SCRIPT,
        1,
        generationKey,
        key,
        hashPrefix
      )) as [string, string | null];
      if (!raw) return { generation, value: null };
      const bar = raw.indexOf('|');
      const expires = Number(raw.slice(0, bar));
      return { generation, value: expires > Date.now() ? raw.slice(bar + 1) : null };
    },
    async store(generation, key, value, ttlMs) {
      const hash = `${hashPrefix}${generation}`;
      await redis
        .multi()
        .hset(hash, key, `${Date.now() + ttlMs}|${value}`)
        .pexpire(hash, ttlMs)
        .exec();
    },
    async invalidate() {
      const generation = await redis.incr(generationKey);
      await redis.unlink(`${hashPrefix}${generation - 1}`);
    },
    async close() {
      await redis.quit();
    },
  };
}
