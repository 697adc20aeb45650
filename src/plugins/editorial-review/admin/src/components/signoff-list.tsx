import { Box, Flex, Typography } from '@strapi/design-system';
import { LEVEL_LABELS, type Level } from '../../../shared/constants';
import { beijingTime } from '../utils/times';

interface Signoff {
  level: Level;
  reviewerName: string | null;
  signedAt: string;
  opinion: string | null;
  decision?: 'approve' | 'reject';
}

/** Each level's reviewer, time and opinion, as on the 签发单. */
export const SignoffList = ({ signoffs, empty }: { signoffs: Signoff[]; empty: string }) =>
  signoffs.length === 0 ? (
    <Typography variant="pi" textColor="neutral600">
      {empty}
    </Typography>
  ) : (
    <Flex direction="column" gap={2} alignItems="stretch">
      {signoffs.map((s, i) => (
        <Box key={`${s.level}-${i}`} padding={2} background="neutral100" hasRadius>
          <Typography variant="omega" fontWeight="bold">
            {LEVEL_LABELS[s.level]}
            {s.decision === 'reject' ? '（退回）' : ''}：{s.reviewerName ?? '—'}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {beijingTime(s.signedAt)}
          </Typography>
          {s.opinion ? (
            <Typography variant="pi" tag="p">
              {s.opinion}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Flex>
  );
