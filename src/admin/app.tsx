import type { StrapiApp } from '@strapi/strapi/admin';

import zhHansOverrides from './translations/zh-Hans.json';

// Strapi's admin falls back to English for anyone who has not picked a language; this newsroom
// works in Chinese, so zh-Hans is the default until a user chooses otherwise in their profile.
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['zh-Hans'],
    // Strapi 5.54 ships an incomplete zh-Hans (content-manager is almost empty), so editors saw
    // English in the list/edit views, home page and tours. These fill the gaps: admin keys as-is,
    // plugin keys prefixed with the plugin id; StrapiApp.loadTrads merges them over the built-in
    // admin and plugin translations.
    translations: { 'zh-Hans': zhHansOverrides },
    notifications: { releases: false },
    tutorials: false,
  },
  register(_app: StrapiApp) {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    }
  },
  bootstrap(_app: StrapiApp) {},
};
