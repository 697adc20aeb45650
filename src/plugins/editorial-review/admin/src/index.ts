import { Feather } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import pkg from '../../package.json';
import { PLUGIN_ID } from '../../shared/constants';
import { ReviewPanel } from './components/review-panel';
import { WordCheckPanel } from './components/word-check-panel';
import { MESSAGES, messageId } from './messages';
import { PERMISSIONS } from './permissions';

type SidePanelApi = { addEditViewSidePanel(panels: unknown[]): void };

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Feather,
      intlLabel: { id: messageId('plugin.name'), defaultMessage: MESSAGES['plugin.name'] },
      // Every admin who reviews at some level, or reads the log or the sheets, has this page.
      permissions: [
        ...PERMISSIONS.anyLevel,
        ...PERMISSIONS.audit,
        ...PERMISSIONS.sheets,
        ...PERMISSIONS.words,
      ],
      Component: () => import('./pages/review-app').then((mod) => ({ default: mod.ReviewApp })),
    });
    app.widgets.register({
      id: 'pending-reviews',
      pluginId: PLUGIN_ID,
      icon: Feather,
      title: { id: messageId('widget.title'), defaultMessage: MESSAGES['widget.title'] },
      link: {
        label: { id: messageId('widget.link'), defaultMessage: MESSAGES['widget.link'] },
        href: `/plugins/${PLUGIN_ID}`,
      },
      permissions: PERMISSIONS.anyLevel,
      component: async () =>
        (await import('./components/pending-reviews-widget')).PendingReviewsWidget,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: pkg.strapi.displayName });
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    (app.getPlugin('content-manager').apis as SidePanelApi).addEditViewSidePanel([
      ReviewPanel,
      WordCheckPanel,
    ]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    const data = Object.fromEntries(
      Object.entries(MESSAGES).map(([key, text]) => [messageId(key as keyof typeof MESSAGES), text])
    );
    return locales.map((locale) => ({ data, locale }));
  },
};
