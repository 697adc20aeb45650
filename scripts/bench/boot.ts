import path from 'path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { ROOT } from './data-set';

/** Loads Strapi from the compiled app (no HTTP server) with the given environment. */
export async function loadStrapi(env: Record<string, string>): Promise<Core.Strapi> {
  Object.assign(process.env, env);
  return createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
}
