import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { beijingDayStart, validateRange } from '../validation/review-input';

type Ctx = {
  params: Record<string, string>;
  query: unknown;
  body: unknown;
  set(name: string, value: string): void;
};
const DAY_MS = 86_400_000;

/** 签发单: one sheet (the printable page reads it) and the XLSX of a date range. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Ctx) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id) || id < 1)
      throw new errors.ValidationError(`签发单编号不正确：${ctx.params.id}`);
    const sheet = await getService('review', { strapi }).sheets.find(id);
    if (!sheet) throw new errors.NotFoundError(`没有编号为 ${id} 的签发单`);
    ctx.body = { data: sheet };
  },

  async export(ctx: Ctx) {
    const range = await validateRange(ctx.query);
    const sheets = await getService('review', { strapi }).sheets.between(
      beijingDayStart(range.from),
      new Date(beijingDayStart(range.to).getTime() + DAY_MS)
    );
    const body = await getService('sheet-export', { strapi }).toXlsx(sheets, range);
    const name = `签发单-${range.from}至${range.to}.xlsx`;
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    ctx.body = body;
  },
});
