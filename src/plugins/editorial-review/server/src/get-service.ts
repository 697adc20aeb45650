import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../shared/constants';
import type { Services } from './services';

/** Typed access to the plugin's services. */
export function getService<K extends keyof Services>(
  name: K,
  { strapi }: { strapi: Core.Strapi }
): ReturnType<Services[K]> {
  return strapi.plugin(PLUGIN_ID).service(name as string) as ReturnType<Services[K]>;
}
