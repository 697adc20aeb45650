import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readFile } from 'fs/promises';
import { WORD_UIDS } from '../../../shared/word-check';
import { getService } from '../get-service';
import { createWordLibraryIo, SHEET_NAMES } from '../services/word-library-io';
import { validateDocumentParams } from '../validation/review-input';
import {
  validateCheckBody,
  validateExportQuery,
  validateImport,
} from '../validation/word-check-input';

type Ability = { can(action: string, subject?: string): boolean };
type Ctx = {
  params: Record<string, string>;
  query: unknown;
  request: { body?: unknown; files?: Record<string, never> };
  state: { userAbility: Ability };
  body: unknown;
  set(name: string, value: string): void;
};

const LIST_UIDS = { words: WORD_UIDS.word, allowed: WORD_UIDS.allowedTerm } as const;
const can = (ctx: Ctx, verb: string, uid: string) =>
  ctx.state.userAbility.can(`plugin::content-manager.explorer.${verb}`, uid);

/** The 检查 panel's check, and the 错敏词 library's import and export. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const words = () => getService('word-check', { strapi });

  return {
    /** POST /word-check/:uid/:documentId: the hits of the saved draft, or of the form's values. */
    async check(ctx: Ctx) {
      const { uid, documentId } = validateDocumentParams(ctx.params, (u) => words().isChecked(u));
      const { data } = await validateCheckBody(ctx.request.body);
      const draft = await strapi.db.query(uid as never).findOne({
        where: { documentId, publishedAt: null },
        populate: { createdBy: { select: ['id'] } },
      });
      if (!draft) throw new errors.NotFoundError(`找不到稿件 ${documentId}`);
      const checker = strapi
        .plugin('content-manager')
        .service('permission-checker')
        .create({ userAbility: ctx.state.userAbility, model: uid });
      if (checker.cannot.read(draft)) throw new errors.PolicyError('没有查看此稿件的权限');
      const hits = data
        ? await words().checkData(uid, data)
        : await words().checkDraft(uid, documentId);
      ctx.body = {
        data: hits ?? [],
        meta: {
          checked: data ? 'form' : 'draft',
          blocking: words().blocking(hits ?? []).length,
        },
      };
    },

    async exportLibrary(ctx: Ctx) {
      const { list, format } = validateExportQuery(ctx.query);
      if (!can(ctx, 'read', LIST_UIDS[list])) throw new errors.PolicyError('没有查看此词库的权限');
      const io = createWordLibraryIo(words().repository);
      const name = `${SHEET_NAMES[list]}-${new Date().toISOString().slice(0, 10)}.${format}`;
      ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      ctx.set(
        'Content-Type',
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      );
      ctx.body = await io.exportList(list, format);
    },

    async importLibrary(ctx: Ctx) {
      const { list, format, path } = validateImport(ctx.query, ctx.request.files);
      const uid = LIST_UIDS[list];
      if (!can(ctx, 'create', uid) || !can(ctx, 'update', uid))
        throw new errors.PolicyError('没有维护此词库的权限（需新建与修改权限）');
      const io = createWordLibraryIo(words().repository);
      const report = await strapi.db.transaction(async () =>
        io.importList(list, await readFile(path), format)
      );
      await words().libraryChanged();
      ctx.body = { data: report };
    },
  };
};
