import type { Core } from '@strapi/strapi';
import type { AppContentType } from '../content-rules/uids';
import type { ColumnKey } from './demo-data';
import type { SeedReport } from './seed-report';

/** What the later steps of a seed run need from the earlier ones. */
export interface SeedContext {
  strapi: Core.Strapi;
  report: SeedReport;
  campaignId: string;
  columnIds: Record<ColumnKey, string>;
  /** documentId by department name. */
  departmentIds: Map<string, string>;
  /** documentId by reporter name. */
  reporterIds: Map<string, string>;
}

type Row = Record<string, unknown> & { documentId: string };

/**
 * documentIds of the items whose `field` is one of `values`, read with one query for the whole
 * list: the seed looks everything up front instead of once per item.
 */
export async function documentIdsByKey(
  strapi: Core.Strapi,
  uid: AppContentType | 'api::scoring-rule.scoring-rule',
  field: string,
  values: readonly string[]
): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const rows = (await strapi.db.query(uid).findMany({
    where: { [field]: { $in: [...values] } },
    select: ['documentId', field],
  })) as Row[];
  // A published document has a draft row and a published row with the same key and documentId.
  return new Map(rows.map((row) => [String(row[field]), row.documentId]));
}

/** Looks a department up by name; the demo data only names departments it also seeds. */
export function departmentId(ctx: SeedContext, name: string): string {
  const id = ctx.departmentIds.get(name);
  if (!id) throw new Error(`demo data names an unknown department: ${name}`);
  return id;
}

/**
 * The bylines of an author line: one per demo reporter it names ('融媒记者 王琳 李响' → 王琳 and
 * 李响, shares left blank to split equally). A line that names nobody (本报评论员) gives none.
 */
export function bylinesOf(ctx: SeedContext, author: string | undefined) {
  return (author ?? '')
    .split(/\s+/)
    .filter((token) => ctx.reporterIds.has(token))
    .map((name) => ({ reporter: ctx.reporterIds.get(name), role: 'writer' }));
}

/** A time of 2019 in the campaign's time zone: 'MM-DD HH:mm' → Date. */
export const shanghaiTime = (monthDayTime: string): Date =>
  new Date(`2019-${monthDayTime.replace(' ', 'T')}:00+08:00`);

/** Strapi blocks: one paragraph per string. */
export const paragraphs = (texts: string[]) =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
