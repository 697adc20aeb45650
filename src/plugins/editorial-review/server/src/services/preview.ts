import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blocksText, countWords } from '../fingerprint/draft-fingerprint';
import { isValidPreviewLink, previewPath, type PreviewTarget } from '../preview/preview-link';
import { renderPreview, type PreviewItem } from '../preview/render-preview';

/** The types the app shows as a page, with the label the preview's badge gives them. */
const PREVIEWED: Record<string, string> = {
  'api::article.article': '稿件',
  'api::episode.episode': '问政节目',
  'api::pledge.pledge': '部门承诺',
};

type Ability = { can(action: string, subject?: string): boolean };
type Row = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
const url = (v: unknown) => text((v as { url?: unknown } | null)?.url);

/**
 * Strapi 5's preview, served by this app: the content manager asks `urlFor` for the edit view's
 * preview link, and `render` answers that link with the page at phone width.
 */
export const createPreviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const secret = () => strapi.config.get<string>('admin.auth.secret');

  async function readable(uid: string, documentId: string): Promise<boolean> {
    // The content manager's preview-url route checks no right of its own: this does.
    const ctx = strapi.requestContext.get() as { state?: { userAbility?: Ability } } | undefined;
    const ability = ctx?.state?.userAbility;
    if (!ability) return false;
    const draft = await strapi.db.query(uid as never).findOne({
      where: { documentId },
      populate: { createdBy: { select: ['id'] } },
    });
    if (!draft) return false;
    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: ability, model: uid });
    return !checker.cannot.read(draft);
  }

  return {
    /** The preview link of a document, or null: not a page of the app, or not the caller's to read. */
    async urlFor(uid: string, params: { documentId?: string; status?: string }) {
      if (!PREVIEWED[uid] || !params.documentId) return null;
      if (!(await readable(uid, params.documentId))) return null;
      const status = params.status === 'published' ? 'published' : 'draft';
      return previewPath(secret(), { uid, documentId: params.documentId, status });
    },

    /** The page a signed link opens; a 403 for any link this server did not sign or that expired. */
    async render(target: PreviewTarget, expires: number, sig: string): Promise<string> {
      if (!PREVIEWED[target.uid])
        throw new errors.ValidationError(`没有此类型的预览：${target.uid}`);
      if (!isValidPreviewLink(secret(), target, expires, sig))
        throw new errors.PolicyError('预览链接无效或已过期：请在编辑页重新打开预览');
      const row = (await strapi.db.query(target.uid as never).findOne({
        where: {
          documentId: target.documentId,
          publishedAt: target.status === 'draft' ? null : { $notNull: true },
        },
        populate: {
          cover: true,
          video: true,
          column: { select: ['name'] },
          problems: true,
          items: true,
        } as never,
      })) as Row | null;
      if (!row) throw new errors.NotFoundError('找不到要预览的版本');
      const problems = (Array.isArray(row.problems) ? row.problems : []) as Row[];
      const items = (Array.isArray(row.items) ? row.items : []) as Row[];
      const sections: PreviewItem['sections'] = [];
      if (problems.length > 0)
        sections.push({
          heading: '反映的问题与整改',
          lines: problems.map((p) =>
            [text(p.description), text(p.resolution) && `整改：${p.resolution}`]
              .filter(Boolean)
              .join(' —— ')
          ),
        });
      if (items.length > 0)
        sections.push({
          heading: '承诺事项',
          lines: items.map((i) => text(i.content) ?? ''),
        });
      const counted = [
        row.title,
        row.summary,
        blocksText(row.body),
        ...sections.flatMap((s) => s.lines),
      ]
        .filter((t) => typeof t === 'string')
        .join('\n');
      return renderPreview({
        typeLabel: PREVIEWED[target.uid],
        title: text(row.title) ?? '（无标题）',
        summary: text(row.summary),
        body: row.body,
        coverUrl: url(row.cover),
        videoUrl: url(row.video) ?? text(row.videoUrl),
        byline:
          [text(row.author), text(row.source) ?? text(row.programme)].filter(Boolean).join(' · ') ||
          null,
        columnName: text((row.column as Row | null)?.name),
        wordCount: countWords(counted),
        status: target.status,
        sections,
      });
    },
  };
};

export type PreviewService = ReturnType<typeof createPreviewService>;
