import type { Core } from '@strapi/strapi';
import { secret } from '../src/env/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: secret('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: secret('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: secret('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: secret('ENCRYPTION_KEY'),
  },
  autoOpen: false,
  // Five logins per email and IP every five minutes. Only the browser tests, which log in as
  // each test's user through the form, turn it off (ADMIN_RATE_LIMIT_ENABLED=false).
  rateLimit: { enabled: env.bool('ADMIN_RATE_LIMIT_ENABLED', true) },
  // Preview is served by this app (src/plugins/editorial-review: the page at phone width behind a
  // signed link); the handler returns null for types the app shows no page of. AI off keeps the
  // admin from offering AI features it cannot reach.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: ["'self'"],
      handler: (uid: string, params: { documentId?: string; status?: string }) =>
        strapi.plugin('editorial-review').service('preview').urlFor(uid, params),
    },
  },
  ai: { enabled: false },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', false),
  },
});

export default config;
