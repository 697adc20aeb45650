import * as React from 'react';
import { Button } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { saveAs } from 'file-saver';

import { getDispositionFilename } from '../../../../campaign-tally/admin/src/utils/content-disposition';
import { useReviewApi } from '../review-api';

/** Downloads a file the server builds and saves it under the server's (Chinese) file name. */
export const DownloadButton = ({
  path,
  params,
  label,
  fallbackName,
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  label: string;
  fallbackName: string;
}) => {
  const api = useReviewApi();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await api.download(path, params);
      if (response.status !== undefined && response.status >= 400) {
        const body = JSON.parse(await (response.data as Blob).text()) as {
          error?: { message?: string };
        };
        throw new Error(body.error?.message ?? `HTTP ${response.status}`);
      }
      saveAs(
        response.data,
        getDispositionFilename(response.headers?.get('Content-Disposition')) ?? fallbackName
      );
    } catch (error) {
      toggleNotification({ type: 'danger', title: '导出失败', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" onClick={download} loading={busy}>
      {label}
    </Button>
  );
};
