import type { Core } from '@strapi/strapi';
import { stopPurge } from './bootstrap';
import { getService } from './get-service';

/** Stops the daily audit purge and closes the 错敏词 library's Redis connection. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  stopPurge();
  await getService('word-check', { strapi }).close();
};
