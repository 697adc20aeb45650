import type { Core } from '@strapi/strapi';

/** PostgreSQL "admin shutdown"/"crash shutdown"/"cannot connect now", connection exceptions, sockets. */
const CONNECTION_LOSS_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
]);

/** True for an error that only says a database connection went away. */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_LOSS_CODES.has(code)) return true;
  return /Connection terminated|terminating connection|Connection ended unexpectedly/.test(
    error.message
  );
}

/**
 * When PostgreSQL restarts, a query that was queued on a connection being torn down can reject
 * with no one listening (seen under load: 57P01 "terminating connection due to administrator
 * command" on a populate query), and Node then ends the whole process. Such a rejection is only
 * about a connection the pool already discards, and the request that issued it has already
 * failed; it is logged and the process lives on. Any other unhandled rejection still ends the
 * process, as Node's default does.
 */
export function surviveDatabaseConnectionLoss(strapi: Core.Strapi): void {
  // Jest owns unhandled rejections in the test run; the fault script proves this on a real server.
  if (process.env.NODE_ENV === 'test') return;
  process.on('unhandledRejection', (reason) => {
    if (isConnectionLoss(reason)) {
      strapi.log.error(`[database] lost a connection: ${(reason as Error).message}`);
      return;
    }
    throw reason;
  });
}
