import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { WORD_UIDS } from '../../../shared/word-check';
import { getApiErrorMessage } from '../../../../campaign-tally/admin/src/utils/api-error-message';
import { DownloadButton } from '../components/download-button';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';

type List = 'words' | 'allowed';
type Report = {
  created: number;
  updated: number;
  rejected: Array<{ row: number; message: string }>;
};

/** One list's row: open it in the content manager, export it, import a file into it. */
const ListRow = ({ list, title, uid }: { list: List; title: string; uid: string }) => {
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const { toggleNotification } = useNotification();
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState(false);
  const [report, setReport] = React.useState<Report | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      setReport(await api.importWords(list, file));
    } catch (e) {
      toggleNotification({
        type: 'danger',
        title: t('panel.failed'),
        message: getApiErrorMessage(e) ?? '',
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Flex gap={4} wrap="wrap" alignItems="center">
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        <Link to={`/content-manager/collection-types/${uid}`}>
          {list === 'words' ? t('words.open') : t('words.allowed.open')}
        </Link>
        {(['xlsx', 'csv'] as const).map((format) => (
          <DownloadButton
            key={format}
            path="word-library/export"
            params={{ list, format }}
            label={`${t('words.export')} ${format.toUpperCase()}`}
            fallbackName={`${title}.${format}`}
          />
        ))}
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx"
          hidden
          aria-label={`${t('words.import')}${title}`}
          data-testid={`import-${list}`}
          onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
        />
        <Button onClick={() => input.current?.click()} loading={busy}>
          {t('words.import')}
        </Button>
      </Flex>
      {report ? (
        <Box paddingTop={3}>
          <Typography>
            {t('words.import.done', {
              created: report.created,
              updated: report.updated,
              rejected: report.rejected.length,
            })}
          </Typography>
          {report.rejected.map((r) => (
            <Typography key={r.row} variant="pi" textColor="danger600" tag="p">
              {t('words.import.rejected', { row: r.row, message: r.message })}
            </Typography>
          ))}
        </Box>
      ) : null}
    </Box>
  );
};

/** 错敏词库: where admins open, export and import the library and its allow-list. */
export const WordsPage = () => {
  const { t } = useReviewMessages();
  return (
    <Flex direction="column" gap={4} alignItems="stretch">
      <ListRow list="words" title="错敏词" uid={WORD_UIDS.word} />
      <ListRow list="allowed" title="白名单" uid={WORD_UIDS.allowedTerm} />
      <Typography variant="pi" textColor="neutral600">
        {t('words.format')}
      </Typography>
    </Flex>
  );
};
