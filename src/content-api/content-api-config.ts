import type { Core } from '@strapi/strapi';
import type { PerformanceCacheConfig } from '../performance/performance-cache';

/** config/content-api.ts: the protections every content-API route gets. */
export interface ContentApiConfig {
  /** Deepest `populate` nesting a caller may ask for. */
  maxPopulateDepth: number;
  /** Requests per client IP and interval, over all content-API routes together. */
  rateLimit: { enabled: boolean; max: number; intervalSeconds: number };
  /** Response and count cache for anonymous reads. */
  cache: PerformanceCacheConfig;
}

/** The content-API settings, as config/content-api.ts gives them. */
export const contentApiConfig = (strapi: Core.Strapi): ContentApiConfig => {
  const config = strapi.config.get<ContentApiConfig | undefined>('content-api');
  if (!config) throw new Error('config/content-api.ts is missing');
  return config;
};
