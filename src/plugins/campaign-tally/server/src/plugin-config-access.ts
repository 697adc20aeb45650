import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../shared/contracts';
import type { PluginConfig } from './config/plugin-config';

/** The validated plugin config, as Strapi merged it with config/plugins.ts. */
export const pluginConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
