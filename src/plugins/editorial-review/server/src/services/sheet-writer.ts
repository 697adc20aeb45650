import type { Core } from '@strapi/strapi';
import type { Level } from '../../../shared/constants';
import type { WordOverride } from '../../../shared/word-check';
import type { Actor } from '../actor/actor-context';
import type { DraftFingerprint } from '../fingerprint/draft-fingerprint';
import type { ReviewRepository, SignoffRow } from '../repositories/review-repository';

const COLUMN_UID = 'api::special-column.special-column';

/** Writes the 签发单 of a version being published, from the draft the gate just fingerprinted. */
export const createSheetWriter = (strapi: Core.Strapi, repository: ReviewRepository) => ({
  async write(
    uid: string,
    documentId: string,
    fp: DraftFingerprint,
    signoffs: SignoffRow[],
    actor: Actor,
    wordOverride: WordOverride | null
  ): Promise<void> {
    const columnId = (fp.draft.column as { documentId?: string } | null)?.documentId;
    const column = columnId
      ? ((await strapi.db.query(COLUMN_UID as never).findOne({
          where: { documentId: columnId },
          select: ['name', 'outlet'],
          orderBy: { publishedAt: 'desc' },
        })) as { name?: string; outlet?: string } | null)
      : null;
    const text = (name: string) =>
      typeof fp.draft[name] === 'string' ? (fp.draft[name] as string) : null;
    // The byline entries name their people (王琳 · 文字 · 50%); older stories have author text.
    const bylines = ((fp.draft.bylines ?? []) as Array<{ label?: string | null }>)
      .map((b) => b.label)
      .filter((label): label is string => !!label);
    await repository.addSheet({
      contentType: uid,
      documentId,
      title: fp.title,
      columnName: column?.name ?? null,
      outlet: column?.outlet ?? null,
      format: text('format') ?? text('programme'),
      author: bylines.length > 0 ? bylines.join('、').slice(0, 255) : text('author'),
      wordCount: fp.wordCount,
      fingerprint: fp.fingerprint,
      signoffs: signoffs
        .sort((a, b) => a.level - b.level)
        .map((s) => ({
          level: s.level as Level,
          reviewerName: s.reviewerName,
          signedAt: new Date(s.signedAt).toISOString(),
          opinion: s.opinion,
        })),
      publishedByName: actor.userName,
      publishedAt: new Date(),
      origin: actor.origin,
      // An override stands on the sheet only for the version it was given for.
      wordOverride: wordOverride?.fingerprint === fp.fingerprint ? wordOverride : null,
    });
  },
});
