/** Strapi's `server.proxy` settings that decide how koa reads X-Forwarded-* headers. */
export interface ProxySettings {
  /** Trust X-Forwarded-For / -Proto / -Host (koa's `app.proxy`). */
  koa: boolean;
  /** How many right-most X-Forwarded-For entries come from our own proxies (koa's maxIpsCount). */
  maxIpsCount: number;
}

const MAX_HOPS = 10;

function readFlag(env: Record<string, string | undefined>, name: string, fallback: boolean) {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  // Strapi's env.bool() reads anything but 'true' as false: a typo would silently stop trusting
  // the proxy (one rate-limit bucket for everyone) or start trusting a forged header.
  throw new Error(`${name} must be true or false`);
}

function readHops(env: Record<string, string | undefined>): number {
  const raw = env.PROXY_HOPS?.trim();
  if (raw === undefined || raw === '') return 1;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    // 0 would make koa take the left-most entry, which the client writes itself.
    throw new Error(`PROXY_HOPS must be a whole number from 1 to ${MAX_HOPS} (proxies in front)`);
  }
  return hops;
}

/**
 * Proxy trust from IS_PROXIED and PROXY_HOPS. Koa takes the client IP as the left-most entry of
 * the last `maxIpsCount` X-Forwarded-For entries: with one nginx that appends `$remote_addr`, the
 * last entry is the address nginx saw, and whatever a client wrote before it is ignored.
 */
export function proxySettings(
  env: Record<string, string | undefined>,
  trustedByDefault: boolean
): ProxySettings {
  return { koa: readFlag(env, 'IS_PROXIED', trustedByDefault), maxIpsCount: readHops(env) };
}
