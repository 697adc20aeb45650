/** Namespaces every key of a translation file with the plugin id. */
export const prefixTranslations = (
  messages: Record<string, string>,
  pluginId: string
): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${pluginId}.${key}`, text]));
