import type { Core } from '@strapi/strapi';
import { registerInternalModel } from '../patches';
import { HELD_LINKS_MODEL } from './held-links-model';
import { publishedRelationsKeeper } from './published-relations-keeper';

/** Registers the held-links table and the Document Service middleware. Call in register(). */
export function registerPublishedRelations(strapi: Core.Strapi): void {
  registerInternalModel(strapi, HELD_LINKS_MODEL);
  strapi.documents.use(publishedRelationsKeeper(strapi));
}
