import type { Core } from '@strapi/strapi';
import { createBenchUser } from './measure-db';
import { call, CM } from './measure-editor';
import { adminAuth } from './measure-http';
import { p50 } from './stats';

const REVIEW = (documentId: string) =>
  `/editorial-review/documents/api::article.article/${documentId}`;

/** The newsroom of the review bench: one reporter and a reviewer per level, each a real login. */
export interface BenchNewsroom {
  reporter: { email: string; password: string };
  reviewers: Array<{ email: string; password: string }>;
}

/** Creates the four admins of the review bench, with the app's review roles. */
export async function createBenchNewsroom(strapi: Core.Strapi): Promise<BenchNewsroom> {
  return {
    reporter: await createBenchUser(strapi, 'strapi-author', 'reporter'),
    reviewers: [
      await createBenchUser(strapi, 'strapi-editor', 'editor'),
      await createBenchUser(strapi, 'review-director', 'director'),
      await createBenchUser(strapi, 'review-chief', 'chief'),
    ],
  };
}

/**
 * The publish of an article that passed 三审, p50 of `reps`: the reporter writes and submits, the
 * three reviewers sign (not timed), then the final reviewer publishes (timed: the gate's
 * fingerprint check, the 签发单 and the audit entry are in it). Each article is deleted after.
 */
export async function measureReviewedPublish(
  base: string,
  newsroom: BenchNewsroom,
  column: string,
  reps = 15
): Promise<number> {
  const reporter = await adminAuth(base, newsroom.reporter);
  const reviewers = await Promise.all(newsroom.reviewers.map((r) => adminAuth(base, r)));
  const chief = reviewers[reviewers.length - 1];
  const times: number[] = [];
  for (let rep = -1; rep < reps; rep += 1) {
    const { documentId } = (
      await call(base, reporter, 'POST', CM, {
        title: `基准三审稿件${rep + 1}`,
        format: 'news',
        column,
      })
    ).data as { documentId: string };
    await call(base, reporter, 'POST', `${REVIEW(documentId)}/submit`, {});
    for (const reviewer of reviewers)
      await call(base, reviewer, 'POST', `${REVIEW(documentId)}/approve`, {});
    const started = process.hrtime.bigint();
    await call(base, chief, 'POST', `${CM}/${documentId}/actions/publish`, {});
    if (rep >= 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    await call(base, chief, 'DELETE', `${CM}/${documentId}`);
  }
  return p50(times);
}

/**
 * The same publish with the editorial-review plugin switched off (EDITORIAL_REVIEW_ENABLED=false):
 * no gate, no 签发单, no audit entry, no 错敏词 check. The baseline of issue 12's "at most 20%".
 */
export async function measurePublishWithoutReviewPlugin(
  base: string,
  admin: { email: string; password: string },
  column: string,
  reps = 15
): Promise<number> {
  const auth = await adminAuth(base, admin);
  const times: number[] = [];
  for (let rep = -1; rep < reps; rep += 1) {
    const { documentId } = (
      await call(base, auth, 'POST', CM, {
        title: `基准无审核稿件${rep + 1}`,
        format: 'news',
        column,
      })
    ).data as { documentId: string };
    const started = process.hrtime.bigint();
    await call(base, auth, 'POST', `${CM}/${documentId}/actions/publish`, {});
    if (rep >= 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    await call(base, auth, 'DELETE', `${CM}/${documentId}`);
  }
  return p50(times);
}
