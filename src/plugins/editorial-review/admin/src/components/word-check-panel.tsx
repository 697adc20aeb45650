import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import type { WordHit } from '../../../shared/word-check';
import { CHECKED_FIELDS, WORD_UIDS } from '../../../shared/word-check';
import { getApiErrorMessage } from '../../../../campaign-tally/admin/src/utils/api-error-message';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';
import { WordHitList } from './word-hit-list';

const LIBRARY_READ = [{ action: 'plugin::content-manager.explorer.read', subject: WORD_UIDS.word }];

/** The body of the edit view's 检查 panel: runs the 错敏词 check on the saved draft. */
const WordCheckBody = ({ model, documentId }: { model: string; documentId: string }) => {
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const [hits, setHits] = React.useState<WordHit[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const { allowedActions } = useRBAC(LIBRARY_READ);

  const run = async () => {
    setBusy(true);
    try {
      setHits((await api.checkWords(model, documentId)).data);
      setError(null);
    } catch (e) {
      setError(getApiErrorMessage(e) ?? t('panel.failed'));
    } finally {
      setBusy(false);
    }
  };
  React.useEffect(() => {
    void run();
  }, [model, documentId]);

  const blocking = hits?.filter((h) => h.level === 'block').length ?? 0;
  return (
    <Flex direction="column" gap={2} alignItems="stretch" width="100%">
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {hits === null ? null : hits.length === 0 ? (
        <Typography textColor="success600">{t('check.clean')}</Typography>
      ) : (
        <>
          <Typography fontWeight="bold" textColor={blocking > 0 ? 'danger600' : 'warning600'}>
            {t('check.count', { count: hits.length, blocking })}
          </Typography>
          <WordHitList hits={hits} />
          <Typography variant="pi" textColor="neutral600">
            {t('check.hint')}
          </Typography>
        </>
      )}
      <Flex gap={2} wrap="wrap">
        <Button variant="secondary" onClick={run} loading={busy}>
          {hits === null ? t('check.run') : t('check.again')}
        </Button>
        {allowedActions.canRead ? (
          <Link to={`/content-manager/collection-types/${WORD_UIDS.word}`}>
            {t('check.library')}
          </Link>
        ) : null}
      </Flex>
    </Flex>
  );
};

interface PanelProps {
  documentId?: string;
  model: string;
  document?: { updatedAt?: string } | null;
}

/** The content manager's 检查 side panel, on the types the 错敏词 check reads. */
export const WordCheckPanel = ({ documentId, model, document }: PanelProps) => {
  if (!(model in CHECKED_FIELDS)) return null;
  return {
    title: '错敏词检查',
    content: documentId ? (
      <WordCheckBody
        key={`${documentId}-${document?.updatedAt ?? ''}`}
        model={model}
        documentId={documentId}
      />
    ) : (
      <Typography textColor="neutral600">请先保存草稿再检查</Typography>
    ),
  };
};
WordCheckPanel.type = 'word-check';
