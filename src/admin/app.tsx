import type { StrapiApp } from '@strapi/strapi/admin';

// Strapi's admin falls back to English for anyone who has not picked a language; this newsroom
// works in Chinese, so zh-Hans is the default until a user chooses otherwise in their profile.
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['zh-Hans'],
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
