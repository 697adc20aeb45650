import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: { origin: env.array('CORS_ORIGINS', ['*']) },
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
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
