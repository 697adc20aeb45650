import type { Core } from '@strapi/strapi';

/**
 * Production plugin settings, merged over config/plugins.ts.
 * - The Swagger UI at /documentation is public unless restricted in the admin; in production it
 *   is off unless DOCUMENTATION_ENABLED=true (the app team reads the committed OpenAPI file).
 * - With the shared cache (REDIS_URL), the response cache already holds the public totals and is
 *   invalidated on every instance when any instance commits a write. campaign-tally's own totals
 *   cache is per process and only cleared by its own instance's writes, so behind several
 *   instances it would serve another instance's stale totals to the shared cache for up to its
 *   TTL: it is off then (TALLY_TOTALS_CACHE_TTL_MS still overrides).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  documentation: { enabled: env.bool('DOCUMENTATION_ENABLED', false) },
  'campaign-tally': {
    config: {
      totalsCacheTtlMs: env.int('TALLY_TOTALS_CACHE_TTL_MS', env('REDIS_URL') ? 0 : 30000),
    },
  },
});

export default config;
