import type { Core } from '@strapi/strapi';

/**
 * The Swagger UI at /documentation is public unless restricted in the admin; in production it is
 * off unless DOCUMENTATION_ENABLED=true (the app team reads the committed OpenAPI file instead).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  documentation: { enabled: env.bool('DOCUMENTATION_ENABLED', false) },
});

export default config;
