import type { Core } from '@strapi/strapi';
import type { IncomingMessage, ServerResponse } from 'http';
import { beforeStrapiDestroy } from '../patches';

const DEFAULT_GRACE_MS = 30_000;

/**
 * Strapi's SIGTERM handler calls strapi.destroy(), which destroys every open socket at once, so a
 * deploy or a scale-in cut requests in flight (an XLSX export half-sent). Before Strapi tears down,
 * the server stops accepting connections, asks keep-alive clients to close, and waits for the
 * requests in flight to finish, up to SHUTDOWN_GRACE_MS (default 30 s); then Strapi goes on.
 */
export function installGracefulShutdown(strapi: Core.Strapi): void {
  const server = strapi.server.httpServer;
  const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? DEFAULT_GRACE_MS);
  let inFlight = 0;
  let draining = false;
  let onIdle: (() => void) | null = null;

  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0 && onIdle) onIdle();
    });
  });

  const drain = async () => {
    draining = true;
    if (server.listening) server.close();
    server.closeIdleConnections?.();
    if (inFlight === 0) return;
    strapi.log.info(
      `[shutdown] waiting for ${inFlight} request(s) in flight (at most ${graceMs} ms)`
    );
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      onIdle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  };

  beforeStrapiDestroy(strapi, drain);
}
