import { call, createActiveAdmin, expectStatus, login } from './admin-api';

/** The reviewers of the browser run: one account per level, made once and reused. */
export const REVIEWERS = [
  {
    roleCode: 'strapi-editor',
    email: 'browser-level1@zhangdian.local',
    password: 'Level1Review2024',
    firstname: '初审',
    lastname: '李',
  },
  {
    roleCode: 'review-director',
    email: 'browser-level2@zhangdian.local',
    password: 'Level2Review2024',
    firstname: '复审',
    lastname: '王',
  },
  {
    roleCode: 'review-chief',
    email: 'browser-level3@zhangdian.local',
    password: 'Level3Review2024',
    firstname: '终审',
    lastname: '赵',
  },
] as const;

export const REVIEWED = new Set([
  'api::article.article',
  'api::episode.episode',
  'api::pledge.pledge',
]);
const LEVELS: Record<string, number> = {
  'api::article.article': 3,
  'api::episode.episode': 3,
  'api::pledge.pledge': 2,
};

let tokens: Promise<string[]> | null = null;

/** JWTs of the three reviewers, creating their accounts the first time. */
export function reviewerTokens(adminToken: string): Promise<string[]> {
  tokens ??= (async () => {
    const out: string[] = [];
    for (const reviewer of REVIEWERS) {
      const existing = await login(reviewer.email, reviewer.password).catch(() => null);
      if (existing) out.push(existing);
      else {
        await createActiveAdmin(adminToken, reviewer);
        out.push(await login(reviewer.email, reviewer.password));
      }
    }
    return out;
  })();
  return tokens;
}

const reviewPath = (uid: string, documentId: string) =>
  `/editorial-review/documents/${uid}/${documentId}`;

/** 送审 by `submitter`, then each level signed by its reviewer: the draft may be published after. */
export const passReview = (submitter: string, uid: string, documentId: string) =>
  passReviewTo(submitter, uid, documentId, LEVELS[uid]);

/** 送审, then the first `levels` levels signed: the draft waits for the next one. */
export async function passReviewTo(
  submitter: string,
  uid: string,
  documentId: string,
  levels: number
): Promise<void> {
  const base = reviewPath(uid, documentId);
  expectStatus(
    await call('POST', `${base}/submit`, { token: submitter, body: {} }),
    200,
    `submit ${documentId}`
  );
  const reviewers = await reviewerTokens(submitter);
  for (let level = 1; level <= levels; level++)
    expectStatus(
      await call('POST', `${base}/approve`, {
        token: reviewers[level - 1],
        body: { opinion: '同意' },
      }),
      200,
      `level ${level} of ${documentId}`
    );
}
