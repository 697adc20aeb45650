import type { Core } from '@strapi/strapi';

/** Placeholder until the demo data lands. */
export async function seedDemoOnFirstStart(_strapi: Core.Strapi): Promise<void> {}
