import type { Core } from '@strapi/strapi';
import { surviveDatabaseConnectionLoss } from './database-connection-loss';
import { installGracefulShutdown } from './graceful-shutdown';

/** Process-level handlers: draining requests on shutdown, surviving a database restart. */
export function installProcessHandlers(strapi: Core.Strapi): void {
  installGracefulShutdown(strapi);
  surviveDatabaseConnectionLoss(strapi);
}
