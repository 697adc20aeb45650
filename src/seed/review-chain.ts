import type { Core } from '@strapi/strapi';
import { ensureDemoNewsroom, type DemoNewsroom } from './seed-reviewers';

/** The parts of the editorial-review plugin the seed uses (its server is built apart from the app). */
interface ReviewPlugin {
  review: {
    isReviewed(uid: string): boolean;
    passChain(
      uid: string,
      documentId: string,
      submitter: unknown,
      reviewers: unknown[],
      opinions?: string[]
    ): Promise<void>;
    backdateLastCycle(uid: string, documentId: string, at: Date): Promise<void>;
  };
  runAsActor<T>(actor: Record<string, unknown>, work: () => Promise<T>): Promise<T>;
}

const newsrooms = new WeakMap<object, Promise<DemoNewsroom>>();
const OPINIONS = ['事实核实无误，同意送复审。', '导向正确，表述规范，同意送终审。', '同意签发。'];

const reviewPlugin = (strapi: Core.Strapi): ReviewPlugin => {
  const plugin = strapi.plugin('editorial-review');
  return {
    review: plugin.service('review'),
    runAsActor: plugin.service('actors').runAsActor,
  } as ReviewPlugin;
};

const actor = (person: DemoNewsroom[keyof DemoNewsroom]) => ({
  userId: person.id,
  userName: person.name,
  roles: [person.roleName],
  roleCodes: [],
  ip: null,
  origin: 'seed',
});

/**
 * Publishes a demo draft the way the centre would: for a reviewed type the demo reporter submits
 * it, the demo 编辑, 主任 and 总编辑 sign their levels, and the 总编辑 publishes; the chain's times
 * are then set just before `at`. Other types are published at once by the seed.
 */
export async function publishThroughReview(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  publish: () => Promise<void>,
  at: Date
): Promise<void> {
  const { review, runAsActor } = reviewPlugin(strapi);
  if (!review.isReviewed(uid)) return runAsActor({ origin: 'seed' }, publish);
  let newsroom = newsrooms.get(strapi);
  if (!newsroom) newsrooms.set(strapi, (newsroom = ensureDemoNewsroom(strapi)));
  const people = await newsroom;
  await review.passChain(
    uid,
    documentId,
    actor(people.reporter),
    [people.editor, people.director, people.chief].map(actor),
    OPINIONS
  );
  await runAsActor(actor(people.chief), publish);
  await review.backdateLastCycle(uid, documentId, at);
}
