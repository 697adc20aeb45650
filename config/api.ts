import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    // The app pages 20 at a time; 100 is the most one request may ask for.
    defaultLimit: 20,
    maxLimit: 100,
    withCount: true,
    // Unknown root query params are a 400, not silently ignored.
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
