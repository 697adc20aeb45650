import { DEFAULT_CONFIG, validatePluginConfig } from './plugin-config';

export default {
  default: DEFAULT_CONFIG,
  validator: validatePluginConfig,
};
