import type { Core } from '@strapi/strapi';
import { proxySettings } from '../../../src/env/proxy';

/**
 * Production runs behind a reverse proxy (docs/production.md): trust its X-Forwarded-* headers so
 * the client IP (rate limits) and the scheme (secure cookies) are the caller's, not nginx's.
 * PROXY_HOPS counts the proxies in front (default 1, one nginx). Set IS_PROXIED=false only when
 * Strapi faces clients directly.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Partial<Core.Config.Server> => ({
  proxy: proxySettings(process.env, true),
  url: env('PUBLIC_URL', ''),
});

export default config;
