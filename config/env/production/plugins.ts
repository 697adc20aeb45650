import type { Core } from '@strapi/strapi';

/**
 * Production plugin settings, merged over config/plugins.ts. The Swagger UI at /documentation is
 * public unless restricted in the admin; in production it is off unless DOCUMENTATION_ENABLED=true
 * (the app team reads the committed OpenAPI file).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  documentation: { enabled: env.bool('DOCUMENTATION_ENABLED', false) },
});

export default config;
