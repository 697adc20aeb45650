import * as React from 'react';
import { useIntl } from 'react-intl';

import zhHans from '../translations/zh-Hans.json';
import { getTranslationKey } from '../utils/translation-key';

export type MessageKey = keyof typeof zhHans;

/**
 * `t(key)` for the plugin's own messages. Keys are checked against zh-Hans.json, which is also the
 * fallback text, so a missing translation still reads as Chinese, the newsroom's language.
 */
export const useTallyMessages = () => {
  const intl = useIntl();
  const t = React.useCallback(
    (key: MessageKey, values?: Record<string, string | number>) =>
      intl.formatMessage({ id: getTranslationKey(key), defaultMessage: zhHans[key] }, values),
    [intl]
  );
  return { t, formatNumber: intl.formatNumber };
};
