import type { Core } from '@strapi/strapi';
import type { ContentApiConfig } from '../src/content-api/content-api-config';

/** What every content-API route gets (src/content-api/route-guards.ts). */
const config = ({ env }: Core.Config.Shared.ConfigParams): ContentApiConfig => ({
  maxPopulateDepth: env.int('API_MAX_POPULATE_DEPTH', 3),
  rateLimit: {
    // Off in the test run (suites make many requests); a dedicated suite turns it on.
    enabled: env.bool('API_RATE_LIMIT_ENABLED', env('NODE_ENV') !== 'test'),
    max: env.int('API_RATE_LIMIT_MAX', 600),
    intervalSeconds: env.int('API_RATE_LIMIT_INTERVAL_SECONDS', 60),
  },
  // Anonymous content-API GETs cached until the next committed write (src/performance).
  cache: {
    enabled: env.bool('API_CACHE_ENABLED', true),
    ttlMs: env.int('API_CACHE_TTL_MS', 60000),
    maxEntries: env.int('API_CACHE_MAX_ENTRIES', 5000),
    redisUrl: env('REDIS_URL', ''),
    redisPrefix: env('API_CACHE_REDIS_PREFIX', 'cms:cache:'),
  },
});

export default config;
