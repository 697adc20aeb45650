import * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';

import type { WordHit } from '../../../shared/word-check';
import { useReviewMessages } from '../messages';

/** Hits, one per line: level, the text as written, the field; a click shows the context. */
export const WordHitList = ({ hits }: { hits: WordHit[] }) => {
  const { t } = useReviewMessages();
  const [open, setOpen] = React.useState<number | null>(null);
  return (
    <Flex direction="column" gap={1} alignItems="stretch" tag="ul">
      {hits.map((hit, i) => (
        <Box
          tag="li"
          key={`${hit.field}-${hit.offset}-${hit.word}`}
          padding={2}
          hasRadius
          background={hit.level === 'block' ? 'danger100' : 'warning100'}
          style={{ cursor: 'pointer', listStyle: 'none' }}
          onClick={() => setOpen(open === i ? null : i)}
          data-testid="word-hit"
        >
          <Flex gap={2} wrap="wrap">
            <Badge
              backgroundColor={hit.level === 'block' ? 'danger600' : 'warning600'}
              textColor="neutral0"
            >
              {hit.levelLabel}
            </Badge>
            <Typography fontWeight="bold">「{hit.text}」</Typography>
            <Typography variant="pi" textColor="neutral600">
              {hit.fieldLabel} · {hit.categoryLabel}
            </Typography>
          </Flex>
          {hit.replacement ? (
            <Typography variant="pi" tag="p">
              {t('check.suggest')}「{hit.replacement}」
            </Typography>
          ) : null}
          {open === i ? (
            <Box paddingTop={1} data-testid="word-hit-context">
              <Typography variant="pi" textColor="neutral700">
                …{hit.context.before}
                <mark>{hit.text}</mark>
                {hit.context.after}…
              </Typography>
              {hit.note ? (
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {hit.note}
                </Typography>
              ) : null}
            </Box>
          ) : null}
        </Box>
      ))}
    </Flex>
  );
};
