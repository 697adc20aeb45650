import type { StrapiApp } from '@strapi/strapi/admin';

import { enumOptionMessages } from '../bootstrap/layouts/enum-labels';
import { INJECT_COLUMN_IN_TABLE, labelEnumColumns } from './enum-cells';
import logo from './logo.svg';
import { renamePublisherPanel } from './publisher-panel';
import {
  brandDocumentTitle,
  dismissMediaLibraryBanner,
  removeSchemaBuilderLink,
  turnOffGuidedTour,
} from './strapi-noise';
import zhHansOverrides from './translations/zh-Hans.json';

// Strapi's admin falls back to English for anyone who has not picked a language; this newsroom
// works in Chinese, so zh-Hans is the default until a user chooses otherwise in their profile.
const LANGUAGE_KEY = 'strapi-admin-language';
const BRAND = '张店区融媒体中心';

type SidePanelApi = { addEditViewSidePanel(reduce: typeof renamePublisherPanel): void };

export default {
  config: {
    locales: ['zh-Hans'],
    auth: { logo },
    menu: { logo },
    // Strapi 5.54 ships an incomplete zh-Hans (content-manager is almost empty), so editors saw
    // English in the list/edit views, home page and tours. These fill the gaps: admin keys as-is,
    // plugin keys prefixed with the plugin id; StrapiApp.loadTrads merges them over the built-in
    // admin and plugin translations. Enumeration options are labelled by their value (the edit
    // form and the list filters format each option as formatMessage({ id: value })).
    translations: { 'zh-Hans': { ...enumOptionMessages(), ...zhHansOverrides } },
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    }
    turnOffGuidedTour();
    // `strapi build` bundles in Vite's production mode (its PROD flag follows the shell's
    // NODE_ENV instead); that bundle is the admin `strapi start` serves.
    removeSchemaBuilderLink(app.router.menu, import.meta.env.MODE === 'production');
    brandDocumentTitle(BRAND);
    const backendUrl = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
    // Best effort: the banner only comes back if this request fails.
    dismissMediaLibraryBanner(backendUrl).catch(() => undefined);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin' | 'registerHook'>) {
    app.registerHook(INJECT_COLUMN_IN_TABLE, labelEnumColumns);
    // Runs after the plugins' bootstrap, so the publisher's panel is registered by now.
    (app.getPlugin('content-manager').apis as SidePanelApi).addEditViewSidePanel(
      renamePublisherPanel
    );
  },
};
