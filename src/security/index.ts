import type { Core } from '@strapi/strapi';
import { surviveDatabaseConnectionLoss } from './database-connection-loss';
import { installGracefulShutdown } from './graceful-shutdown';
import { installRequestGuards } from './request-guards';

/** Server-level guards: request validation, draining on shutdown, surviving a database restart. */
export function installServerGuards(strapi: Core.Strapi): void {
  installRequestGuards(strapi);
  installGracefulShutdown(strapi);
  surviveDatabaseConnectionLoss(strapi);
}
