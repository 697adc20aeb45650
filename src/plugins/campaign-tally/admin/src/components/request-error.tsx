import { Alert, Button } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import { useTallyMessages } from '../hooks/use-tally-messages';
import { getApiErrorMessage } from '../utils/api-error-message';

interface RequestErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** A failed request: what the server said, and a way to try again. */
export const RequestError = ({ error, onRetry }: RequestErrorProps) => {
  const { t } = useTallyMessages();
  return (
    <Alert
      variant="danger"
      title={t('state.error.title')}
      closeLabel={t('state.close')}
      data-testid="tally-error"
      action={
        <Button variant="danger-light" size="S" startIcon={<ArrowClockwise />} onClick={onRetry}>
          {t('state.retry')}
        </Button>
      }
    >
      {t('state.error.body', { message: getApiErrorMessage(error) ?? t('state.error.unknown') })}
    </Alert>
  );
};
