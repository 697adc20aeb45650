import { CONTENT_TYPES } from '../content-rules/uids';
import { DRAFT_ARTICLES, PUBLISHED_ARTICLES, type DraftArticleSpec } from './demo-data';
import { SOURCE } from './demo-data/authors';
import { createDraft, ensurePublishedAt } from './publish-backdated';
import {
  bylinesOf,
  departmentId,
  documentIdsByKey,
  paragraphs,
  shanghaiTime,
  type SeedContext,
} from './seed-context';

/** Document data for an article. The campaign is left out: it follows the column. */
function articleData(ctx: SeedContext, spec: DraftArticleSpec): Record<string, unknown> {
  return {
    title: spec.title,
    format: spec.format,
    column: ctx.columnIds[spec.column],
    summary: spec.summary,
    body: paragraphs([spec.summary, ...spec.text]),
    author: spec.author ?? null,
    bylines: bylinesOf(ctx, spec.author),
    pickups: spec.pickups ?? [],
    source: spec.source ?? SOURCE.centre,
    departments: (spec.departments ?? []).map((name) => departmentId(ctx, name)),
  };
}

/**
 * The column stories: published ones backdated to their day in 2019, a few never-published
 * drafts, and one published story whose later edit waits unpublished in its draft.
 */
export async function seedArticles(ctx: SeedContext): Promise<void> {
  const { strapi, report } = ctx;
  const titles = [...PUBLISHED_ARTICLES, ...DRAFT_ARTICLES].map((article) => article.title);
  const existing = await documentIdsByKey(strapi, CONTENT_TYPES.article, 'title', titles);

  for (const spec of PUBLISHED_ARTICLES) {
    const { documentId, created } = await ensurePublishedAt(
      strapi,
      CONTENT_TYPES.article,
      existing.get(spec.title),
      articleData(ctx, spec),
      shanghaiTime(spec.at)
    );
    if (!created) {
      report.article.existing += 1;
      continue;
    }
    if (spec.draftEdit) {
      // Saving without publishing leaves the document "modified": the public still sees the old text.
      await strapi.documents(CONTENT_TYPES.article).update({
        documentId,
        data: { summary: spec.draftEdit.summary },
      });
    }
    report.article.created += 1;
  }

  for (const spec of DRAFT_ARTICLES) {
    if (existing.has(spec.title)) {
      report.article.existing += 1;
      continue;
    }
    await createDraft(strapi, CONTENT_TYPES.article, articleData(ctx, spec));
    report.article.created += 1;
  }
}
