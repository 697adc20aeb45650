import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { Dimension, ExportFormat } from '../../../shared/contracts';
import { getApiErrorMessage } from '../utils/api-error-message';
import { getDispositionFilename } from '../utils/content-disposition';
import { saveAs } from 'file-saver';
import { exportUrl, type TallyFilters } from '../utils/tally-urls';
import { getTranslationKey } from '../utils/translation-key';

const readBlobErrorMessage = async (blob: Blob, status: number): Promise<string> => {
  try {
    const body = JSON.parse(await blob.text()) as { error?: { message?: string } };
    return body.error?.message ?? `HTTP ${status}`;
  } catch {
    return `HTTP ${status}`;
  }
};

/**
 * Downloads a file the server built, through the admin's authenticated fetch client, and saves
 * it under the server's file name. `pending` is the key of the download under way, if any.
 */
export const useFileDownload = <K extends string>() => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatMessage } = useIntl();
  const [pending, setPending] = React.useState<K | null>(null);

  const download = React.useCallback(
    async (key: K, url: string, fallbackName: string) => {
      setPending(key);
      try {
        const response = await get(url, {
          responseType: 'blob',
          // Keep 4xx bodies so the server's message can be shown; a 401 still triggers token refresh.
          validateStatus: (status) => status !== 401,
        });
        if (response.status !== undefined && response.status >= 400) {
          throw new Error(await readBlobErrorMessage(response.data, response.status));
        }
        const filename =
          getDispositionFilename(response.headers?.get('Content-Disposition')) ?? fallbackName;
        saveAs(response.data, filename);
        toggleNotification({
          type: 'success',
          message: formatMessage(
            { id: getTranslationKey('export.done'), defaultMessage: '已导出 {filename}' },
            { filename }
          ),
        });
      } catch (error) {
        toggleNotification({
          type: 'danger',
          title: formatMessage({
            id: getTranslationKey('export.failed'),
            defaultMessage: '导出失败',
          }),
          message: getApiErrorMessage(error) ?? '',
        });
      } finally {
        setPending(null);
      }
    },
    [get, toggleNotification, formatMessage]
  );

  return { download, pending };
};

/** Downloads the tally export of the filters and grouping in one format. */
export const useExportDownload = (filters: TallyFilters | null, groupBy: Dimension[]) => {
  const { download: downloadFile, pending } = useFileDownload<ExportFormat>();
  const download = React.useCallback(
    async (format: ExportFormat) => {
      if (!filters) return;
      await downloadFile(
        format,
        exportUrl(filters, groupBy, format),
        `${filters.campaign}-tally.${format}`
      );
    },
    [filters, groupBy, downloadFile]
  );
  return { download, pending };
};
