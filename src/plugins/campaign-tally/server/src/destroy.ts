import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

/** Drops cached totals so a re-created Strapi in the same process starts clean. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  getService('totals-cache', { strapi }).clear();
};
