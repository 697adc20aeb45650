import type { UserConfig } from 'vite';

/**
 * Dependencies Vite's dev server only found after the admin was opened. Each late discovery
 * re-bundled the dependencies and reloaded the page, and a page still running the old bundle
 * mixed two copies of React ("Invalid hook call", a blank admin) on the first visit to
 * `npm run develop`. Seen on a clean node_modules/.strapi/vite cache with Strapi 5.54, in three
 * rounds of "new dependencies optimized": the plugins' admin entries and @strapi/strapi/admin
 * with @strapi/icons at login, react-intl on the homepage, recharts and @strapi/icons/symbols on
 * the tally page. Strapi already pre-bundles React, the router, styled-components and the
 * design system.
 */
export const LATE_DISCOVERED_DEPS = [
  '@strapi/strapi/admin',
  '@strapi/icons',
  '@strapi/icons/symbols',
  '@strapi/plugin-documentation/strapi-admin',
  '@strapi/plugin-users-permissions/strapi-admin',
  'strapi-plugin-publisher/strapi-admin',
  'react-intl',
  'recharts',
];

/** Strapi calls this with its own Vite config for `develop` and `build`. */
export default (config: UserConfig): UserConfig => ({
  ...config,
  optimizeDeps: {
    ...config.optimizeDeps,
    include: [...new Set([...(config.optimizeDeps?.include ?? []), ...LATE_DISCOVERED_DEPS])],
  },
});
