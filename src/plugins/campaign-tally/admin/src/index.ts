import { PresentationChart } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import pkg from '../../package.json';
import { PLUGIN_ID } from '../../shared/contracts';
import { PERMISSIONS } from './permissions';
import { prefixTranslations } from './utils/prefix-translations';
import { getTranslationKey } from './utils/translation-key';

// Loaded by name so Vite can split each locale into its own chunk.
const translationLoaders: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  'zh-Hans': () => import('./translations/zh-Hans.json'),
  en: () => import('./translations/en.json'),
};

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PresentationChart,
      intlLabel: { id: getTranslationKey('plugin.name'), defaultMessage: '专题统计' },
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/tally-app').then((mod) => ({ default: mod.TallyApp })),
    });

    app.widgets.register({
      id: 'campaign-totals',
      pluginId: PLUGIN_ID,
      icon: PresentationChart,
      title: { id: getTranslationKey('widget.title'), defaultMessage: '专项活动发布统计' },
      link: {
        label: { id: getTranslationKey('widget.link'), defaultMessage: '查看专题统计' },
        href: `/plugins/${PLUGIN_ID}`,
      },
      permissions: PERMISSIONS.read,
      component: async () =>
        (await import('./components/campaign-totals-widget')).CampaignTotalsWidget,
    });

    app.registerPlugin({ id: PLUGIN_ID, name: pkg.strapi.displayName });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translationLoaders[locale];
        const data = load ? (await load()).default : {};
        return { data: prefixTranslations(data, PLUGIN_ID), locale };
      })
    );
  },
};
