import { PLUGIN_ID } from '../../../shared/contracts';

/** Prefixes a key of translations/*.json with the plugin id, as registerTrads stores it. */
export const getTranslationKey = (key: string): string => `${PLUGIN_ID}.${key}`;
