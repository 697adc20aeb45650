import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';

import { PLUGIN_ID } from '../../../shared/constants';
import type { QueueItem } from '../../../shared/contracts';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';
import { waitingText } from '../utils/times';

/** Homepage widget 待审稿件: how many drafts wait for this reviewer, the five oldest first. */
export const PendingReviewsWidget = () => {
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const [items, setItems] = React.useState<QueueItem[] | null>(null);
  React.useEffect(() => {
    api.queue({}).then(
      (res) => setItems(res.data),
      () => setItems([])
    );
  }, []);
  if (!items) return <Typography textColor="neutral600">…</Typography>;
  if (items.length === 0)
    return <Typography textColor="neutral600">{t('widget.empty')}</Typography>;
  return (
    <Flex direction="column" gap={2} alignItems="stretch">
      <Typography variant="omega" fontWeight="bold">
        {t('widget.count', { count: items.length })}
      </Typography>
      {items.slice(0, 5).map((item) => (
        <Flex key={item.documentId} justifyContent="space-between" gap={2}>
          <Link to={`/content-manager/collection-types/${item.contentType}/${item.documentId}`}>
            {item.title ?? item.documentId}
          </Link>
          <Typography variant="pi" textColor="neutral600">
            {item.stageLabel} · {waitingText(item.waitingMinutes)}
          </Typography>
        </Flex>
      ))}
      <Link to={`/plugins/${PLUGIN_ID}`}>{t('widget.link')}</Link>
    </Flex>
  );
};
