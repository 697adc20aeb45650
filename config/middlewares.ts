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
  'strapi::body',
  // Right after parsing, before anything walks the body: deeper nesting is a 400 on every route.
  { name: 'global::body-depth', config: { maxDepth: env.int('API_MAX_BODY_DEPTH', 32) } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
