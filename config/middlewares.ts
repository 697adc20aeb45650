import path from 'path';
import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    // Browsers on other origins are allowed only where CORS_ORIGINS says so in production (the
    // app is native; the admin is same-origin). Development stays open.
    config: {
      origin: env.array('CORS_ORIGINS', env('NODE_ENV') === 'production' ? [] : ['*']),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // After the query parser: content-API callers only ever see published versions.
  'global::published-only',
  {
    name: 'global::content-api-guard',
    config: {
      maxPopulateDepth: env.int('API_MAX_POPULATE_DEPTH', 3),
      rateLimitedPrefixes: ['/campaign-tally/export'],
      rateLimit: {
        // Off in the test run (suites make many requests); a dedicated suite turns it on.
        enabled: env.bool('API_RATE_LIMIT_ENABLED', env('NODE_ENV') !== 'test'),
        max: env.int('API_RATE_LIMIT_MAX', 600),
        intervalSeconds: env.int('API_RATE_LIMIT_INTERVAL_SECONDS', 60),
      },
    },
  },
  // Anonymous content-API GETs cached until the next committed write (src/performance). An absolute
  // path into the compiled app: Strapi resolves a relative one against its own package first.
  {
    resolve: path.join(__dirname, '..', 'src', 'performance', 'response-cache'),
    config: {
      enabled: env.bool('API_CACHE_ENABLED', true),
      ttlMs: env.int('API_CACHE_TTL_MS', 60000),
      maxEntries: env.int('API_CACHE_MAX_ENTRIES', 5000),
      redisUrl: env('REDIS_URL', ''),
      redisPrefix: env('API_CACHE_REDIS_PREFIX', 'cms:cache:'),
    },
  },
  'strapi::body',
  // Right after parsing, before anything walks the body: deeper nesting is a 400 on every route.
  { name: 'global::body-depth', config: { maxDepth: env.int('API_MAX_BODY_DEPTH', 32) } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
