import { Box, Button, Loader, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import type { SummaryResponse } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import type { QueryState } from '../services/tally-api';
import { RequestError } from './request-error';
import { SectionCard } from './section-card';

/** The zh-CN work-summary paragraph the server writes, ready to paste into a report. */
export const SummaryPanel = ({ summary }: { summary: QueryState<SummaryResponse['data']> }) => {
  const { t } = useTallyMessages();
  const { toggleNotification } = useNotification();
  const text = summary.data?.text ?? '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toggleNotification({ type: 'success', message: t('summary.copied') });
    } catch {
      toggleNotification({ type: 'warning', message: t('summary.copy-failed') });
    }
  };

  return (
    <SectionCard
      title={t('summary.title')}
      actions={
        <Button variant="secondary" startIcon={<Duplicate />} onClick={copy} disabled={!text}>
          {t('summary.copy')}
        </Button>
      }
    >
      {summary.isFetching && !text ? <Loader small>{t('state.loading')}</Loader> : null}
      {summary.error ? <RequestError error={summary.error} onRetry={summary.refetch} /> : null}
      {text ? (
        <Box
          background="neutral100"
          hasRadius
          padding={5}
          borderColor="neutral200"
          borderStyle="solid"
          borderWidth="1px"
        >
          <Typography variant="omega" tag="p" lineHeight="2.4rem" data-testid="tally-summary-text">
            {text}
          </Typography>
        </Box>
      ) : null}
    </SectionCard>
  );
};
