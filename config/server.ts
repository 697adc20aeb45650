import type { Core } from '@strapi/strapi';
import { proxySettings } from '../src/env/proxy';
import { secret } from '../src/env/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Strapi reads `proxy.koa`, not `proxy: true` (@strapi/core services/server/index.js).
  proxy: proxySettings(process.env, false),
  app: {
    keys: secret('APP_KEYS').split(','),
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
  // Offline machines: never ask the registry for a newer Strapi.
  logger: { updates: { enabled: false }, startup: { enabled: true } },
});

export default config;
