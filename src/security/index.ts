import type { Core } from '@strapi/strapi';
import { installGracefulShutdown } from './graceful-shutdown';
import { installRequestGuards } from './request-guards';

/** Server-level guards: request validation before the router, and draining on shutdown. */
export function installServerGuards(strapi: Core.Strapi): void {
  installRequestGuards(strapi);
  installGracefulShutdown(strapi);
}
