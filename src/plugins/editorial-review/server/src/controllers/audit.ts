import type { Core } from '@strapi/strapi';
import type { AuditResponse } from '../../../shared/contracts';
import { getService } from '../get-service';
import { toAuditCsv, toAuditXlsx } from '../services/audit-export';
import { beijingDayStart, validateAuditQuery } from '../validation/review-input';

type Ctx = { query: unknown; body: unknown; set(name: string, value: string): void };
const DAY_MS = 86_400_000;
const EXPORT_LIMIT = 50_000;

/** The 操作日志 page and its exports. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const filterOf = async (ctx: Ctx, limit?: number) => {
    const q = await validateAuditQuery(ctx.query);
    return {
      format: q.format,
      filter: {
        action: q.action,
        origin: q.origin,
        contentType: q.contentType,
        documentId: q.documentId,
        userId: q.userId,
        from: q.from ? beijingDayStart(q.from).getTime() : undefined,
        // `to` is the last day shown: entries before the next day's start.
        to: q.to ? beijingDayStart(q.to).getTime() + DAY_MS : undefined,
        before: q.before,
        limit: limit ?? q.limit ?? 50,
      },
    };
  };

  return {
    async list(ctx: Ctx) {
      const { filter } = await filterOf(ctx);
      const data = await getService('audit', { strapi }).list({
        ...filter,
        limit: filter.limit + 1,
      });
      const page = data.slice(0, filter.limit);
      ctx.body = {
        data: page,
        meta: { next: data.length > filter.limit ? page[page.length - 1].id : null },
      } satisfies AuditResponse;
    },

    async export(ctx: Ctx) {
      const { filter, format = 'xlsx' } = await filterOf(ctx, EXPORT_LIMIT);
      const rows = await getService('audit', { strapi }).list(filter);
      const name = `操作日志-${new Date().toISOString().slice(0, 10)}.${format}`;
      ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      if (format === 'csv') {
        ctx.set('Content-Type', 'text/csv; charset=utf-8');
        ctx.body = toAuditCsv(rows);
      } else {
        ctx.set(
          'Content-Type',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        );
        ctx.body = await toAuditXlsx(rows);
      }
    },
  };
};
