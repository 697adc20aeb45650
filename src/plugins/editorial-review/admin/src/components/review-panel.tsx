import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { PLUGIN_ID, REVIEWED_TYPE_NAMES } from '../../../shared/constants';
import type { ReviewStateResponse } from '../../../shared/contracts';
import { describeHits } from '../../../shared/word-check';
import { getApiErrorMessage } from '../../../../campaign-tally/admin/src/utils/api-error-message';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';
import { SignoffList } from './signoff-list';
import { WordHitList } from './word-hit-list';

type State = ReviewStateResponse['data'];
const REVIEWABLE = new Set(Object.values(REVIEWED_TYPE_NAMES));
type Action = 'submit' | 'approve' | 'reject' | 'withdraw';

const STAGE_TONES: Record<string, 'secondary' | 'warning' | 'success' | 'danger' | 'neutral'> = {
  draft: 'neutral',
  'level-1': 'warning',
  'level-2': 'warning',
  'level-3': 'warning',
  approved: 'success',
  published: 'secondary',
  returned: 'danger',
};

/** The body of the edit view's 三审 panel: where the draft is, who signed, and what you may do. */
export const ReviewPanelBody = ({
  model,
  documentId,
  isPublished,
}: {
  model: string;
  documentId: string;
  isPublished: boolean;
}) => {
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const { toggleNotification } = useNotification();
  const [state, setState] = React.useState<State | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [asking, setAsking] = React.useState<Action | null>(null);
  const [text, setText] = React.useState('');
  const [overrideReason, setOverrideReason] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(() => {
    api.state(model, documentId).then(
      (data) => {
        setState(data);
        setError(null);
      },
      (e) => setError(getApiErrorMessage(e) ?? t('panel.failed'))
    );
  }, [model, documentId]);
  React.useEffect(load, [load]);

  const run = async (action: Action) => {
    setBusy(true);
    try {
      const body =
        action === 'approve'
          ? { opinion: text, ...(overrideReason.trim() ? { overrideReason } : {}) }
          : action === 'submit'
            ? {}
            : { reason: text };
      await api.act(model, documentId, action, body);
      setAsking(null);
      setText('');
      setOverrideReason('');
      toggleNotification({
        type: 'success',
        message: t('panel.done', { stage: t(`panel.${action}` as const) }),
      });
      if (action === 'withdraw') window.location.reload();
      else load();
    } catch (e) {
      toggleNotification({
        type: 'danger',
        title: t('panel.failed'),
        message: getApiErrorMessage(e) ?? '',
      });
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!state) return <Typography textColor="neutral600">…</Typography>;
  if (state.levels === 0) return <Typography textColor="neutral600">{t('panel.off')}</Typography>;

  const needsText = asking === 'reject' || asking === 'withdraw';
  const atFinal = state.stage === `level-${state.levels}`;
  const needsOverride = asking === 'approve' && atFinal && state.words.blocking.length > 0;
  const inReview = state.stage.startsWith('level-');
  return (
    <Flex direction="column" gap={3} alignItems="stretch" width="100%">
      <Flex gap={2} justifyContent="space-between">
        <Typography variant="sigma" textColor="neutral600">
          {t('panel.stage')}
        </Typography>
        <Badge
          backgroundColor={`${STAGE_TONES[state.stage]}100`}
          textColor={`${STAGE_TONES[state.stage]}700`}
        >
          {state.stageLabel}
        </Badge>
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t('panel.levels', { levels: state.levels })} · {t('panel.words')} {state.wordCount}
      </Typography>
      {state.note ? (
        <Box
          padding={2}
          background={state.stage === 'returned' ? 'danger100' : 'warning100'}
          hasRadius
        >
          <Typography variant="pi" fontWeight="bold">
            {t('panel.note')}：{state.note}
          </Typography>
          {state.noteByName ? (
            <Typography variant="pi" textColor="neutral600" tag="p">
              —— {state.noteByName}
            </Typography>
          ) : null}
        </Box>
      ) : null}
      {inReview && state.words.atSubmission.length > 0 ? (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {t('panel.words.submitted')}
          </Typography>
          <Box paddingTop={1}>
            <WordHitList hits={state.words.atSubmission} />
          </Box>
        </Box>
      ) : null}
      {state.words.override ? (
        <Box padding={2} background="warning100" hasRadius>
          <Typography variant="pi" fontWeight="bold">
            {t('panel.words.overridden')}「{state.words.override.words.join('、')}」：
            {state.words.override.reason}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            —— {state.words.override.byName}
          </Typography>
        </Box>
      ) : null}
      <Typography variant="sigma" textColor="neutral600">
        {t('panel.signoffs')}
      </Typography>
      <SignoffList signoffs={state.signoffs.filter((s) => !s.voidedAt)} empty={t('panel.none')} />

      {asking ? (
        <Field.Root name="review-text" required={needsText}>
          <Field.Label>{needsText ? t('panel.reason') : t('panel.opinion')}</Field.Label>
          <Textarea
            value={text}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)}
          />
          {needsOverride ? (
            <Box paddingTop={2}>
              <Typography variant="pi" textColor="danger600" fontWeight="bold">
                {t('panel.words.blocking')}
                {describeHits(state.words.blocking)}
              </Typography>
              <Box paddingTop={1}>
                <Typography variant="pi" tag="label" htmlFor="word-override">
                  {t('panel.words.override')}
                </Typography>
                <Textarea
                  id="word-override"
                  name="word-override"
                  value={overrideReason}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                    setOverrideReason(e.target.value)
                  }
                />
              </Box>
            </Box>
          ) : null}
          <Flex gap={2} paddingTop={2}>
            <Button variant="tertiary" onClick={() => setAsking(null)} disabled={busy}>
              {t('panel.cancel')}
            </Button>
            <Button
              variant={asking === 'approve' ? 'success' : 'danger'}
              onClick={() => run(asking)}
              loading={busy}
              disabled={
                (needsText && text.trim().length < 2) ||
                (needsOverride && overrideReason.trim().length < 2)
              }
            >
              {t('panel.confirm')}
            </Button>
          </Flex>
        </Field.Root>
      ) : (
        <Flex gap={2} wrap="wrap">
          {state.can.submit ? (
            <Button onClick={() => run('submit')} loading={busy}>
              {t('panel.submit')}
            </Button>
          ) : null}
          {state.can.approve ? (
            <>
              <Button variant="success" onClick={() => setAsking('approve')}>
                {t('panel.approve')}
              </Button>
              <Button variant="danger-light" onClick={() => setAsking('reject')}>
                {t('panel.reject')}
              </Button>
            </>
          ) : null}
          {isPublished ? (
            <Button variant="danger-light" onClick={() => setAsking('withdraw')}>
              {t('panel.withdraw')}
            </Button>
          ) : null}
        </Flex>
      )}
      {!state.can.approve && state.can.reason && state.stage.startsWith('level-') ? (
        <Typography variant="pi" textColor="neutral600">
          {state.can.reason}
        </Typography>
      ) : null}

      {state.sheet ? (
        <Box paddingTop={2}>
          <Typography variant="sigma" textColor="neutral600">
            {t('panel.sheet')}
          </Typography>
          <Box paddingTop={1}>
            <Link to={`/plugins/${PLUGIN_ID}/sheets/${state.sheet.id}`} target="_blank">
              {t('panel.print')}
            </Link>
          </Box>
        </Box>
      ) : null}
    </Flex>
  );
};

interface PanelProps {
  documentId?: string;
  model: string;
  document?: { publishedAt?: string | null; status?: string } | null;
  meta?: { availableStatus?: Array<{ publishedAt?: string | null }> } | null;
}

/**
 * The content manager's edit-view side panel. The content manager calls a panel as a function
 * during its render; the state lives in ReviewPanelBody, a component of its own.
 */
export const ReviewPanel = ({ documentId, model, document, meta }: PanelProps) => {
  // Only the types a centre may review: campaigns, columns and departments have no 三审.
  if (!REVIEWABLE.has(model)) return null;
  const isPublished =
    document?.status === 'published' ||
    document?.status === 'modified' ||
    (meta?.availableStatus ?? []).some((s) => !!s.publishedAt);
  return {
    title: '三审',
    content: documentId ? (
      <ReviewPanelBody
        key={`${documentId}-${(document as { updatedAt?: string } | null)?.updatedAt ?? ''}`}
        model={model}
        documentId={documentId}
        isPublished={isPublished}
      />
    ) : (
      <Typography textColor="neutral600">请先保存草稿再送审</Typography>
    ),
  };
};
ReviewPanel.type = 'review';
