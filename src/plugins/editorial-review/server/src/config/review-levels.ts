import { DEFAULT_REVIEW_LEVELS, REVIEWED_TYPE_NAMES } from '../../../shared/constants';

export type ReviewLevels = Record<string, number>;

/**
 * Reads `REVIEW_LEVELS`, e.g. `article:3,episode:3,pledge:2`: levels per type, 0 to turn review
 * off for a type. Types it does not name keep their defaults. Throws on anything else, so a typo
 * in a deployment's environment stops the boot instead of publishing unreviewed.
 */
export function parseReviewLevels(text: string | undefined): ReviewLevels {
  const levels: ReviewLevels = { ...DEFAULT_REVIEW_LEVELS };
  if (text === undefined || text.trim() === '') return levels;
  for (const part of text.split(',')) {
    const match = /^\s*([a-z-]+)\s*:\s*(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`REVIEW_LEVELS: "${part}" is not type:levels (e.g. article:3)`);
    const [, name, count] = match;
    const uid = REVIEWED_TYPE_NAMES[name];
    if (!uid) {
      const known = Object.keys(REVIEWED_TYPE_NAMES).join(', ');
      throw new Error(`REVIEW_LEVELS: unknown type "${name}" (known: ${known})`);
    }
    levels[uid] = Number(count);
  }
  return levels;
}

/** Checks levels against the loaded content types: 0 to 3 levels, draft & publish types only. */
export function checkReviewLevels(
  levels: ReviewLevels,
  contentTypeOf: (uid: string) => { options?: { draftAndPublish?: boolean } } | undefined
): void {
  for (const [uid, count] of Object.entries(levels)) {
    if (!Number.isInteger(count) || count < 0 || count > 3)
      throw new Error(`editorial-review: ${uid} has ${count} review levels; allowed are 0 to 3`);
    const contentType = contentTypeOf(uid);
    if (!contentType) throw new Error(`editorial-review: reviewed type ${uid} does not exist`);
    if (count > 0 && !contentType.options?.draftAndPublish)
      throw new Error(`editorial-review: reviewed type ${uid} must have draft & publish`);
  }
}

/** The levels in force, as the boot log shows them: `article 3, episode 3, pledge 2 (off: none)`. */
export function describeReviewLevels(levels: ReviewLevels): string {
  const nameOf = (uid: string) =>
    Object.entries(REVIEWED_TYPE_NAMES).find(([, u]) => u === uid)?.[0] ?? uid;
  return Object.entries(levels)
    .map(([uid, count]) => `${nameOf(uid)} ${count === 0 ? 'off' : `${count} levels`}`)
    .join(', ');
}
