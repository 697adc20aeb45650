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
  // No preview front end and no Strapi AI here: with preview unconfigured, every edit view asked
  // GET /content-manager/preview/url/:uid and got a 404; off, the server answers 204 and the
  // panel stays hidden. AI off keeps the admin from offering AI features it cannot reach.
  preview: { enabled: false, config: { handler: () => null } },
  ai: { enabled: false },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', false),
  },
});

export default config;
