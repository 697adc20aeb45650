import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENUM_LABELS } from '../bootstrap/layouts/enum-labels';
import { readToOneChange } from './relation-input';
import { CONTENT_TYPES } from './uids';

const BYLINE_COMPONENT = 'credit.byline';
const ROLE_LABELS: Record<string, string> = ENUM_LABELS[BYLINE_COMPONENT].role;

/** The types whose items carry bylines (署名) and are scored per reporter. */
export const BYLINED_TYPES: readonly string[] = [CONTENT_TYPES.article, CONTENT_TYPES.episode];

type Byline = Record<string, unknown> & { share?: unknown; id?: unknown; role?: unknown };

/** Shares are kept in hundredths of a percent point: 33.34 + 33.33 + 33.33 = 100 exactly. */
const CENTS = 100;
const TOTAL = 100 * CENTS;

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function refuse(message: string, path: Array<string | number>): never {
  throw new errors.ValidationError(message, {
    errors: [{ path, message, name: 'ValidationError' }],
  });
}

/**
 * The shares of a byline list, each a number of percent with two decimals, summing to 100.
 * Blank shares split what the others leave equally (all blank: an equal split); the first ones
 * take the odd hundredths. Throws a ValidationError naming the offending byline.
 */
export function fillShares(bylines: Byline[]): number[] {
  const cents = bylines.map((b, i) => {
    if (isBlank(b.share)) return null;
    const value = Number(b.share);
    if (!Number.isFinite(value) || value < 0 || value > 100)
      refuse(`第${i + 1}条署名的份额须是 0 到 100 之间的数`, ['bylines', i, 'share']);
    return Math.round(value * CENTS);
  });
  const given = cents.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  const blanks = cents.filter((c) => c === null).length;
  if (blanks === 0) {
    if (given !== TOTAL)
      refuse(`署名份额合计须为 100%，现为 ${given / CENTS}%`, ['bylines', 0, 'share']);
    return cents.map((c) => (c as number) / CENTS);
  }
  const left = TOTAL - given;
  if (left < 0) refuse(`已填的署名份额合计 ${given / CENTS}%，超过 100%`, ['bylines', 0, 'share']);
  const each = Math.floor(left / blanks);
  let odd = left - each * blanks;
  return cents.map((c) => {
    if (c !== null) return c / CENTS;
    const extra = odd > 0 ? 1 : 0;
    odd -= extra;
    return (each + extra) / CENTS;
  });
}

/** A 上稿 link the app may show: http(s) only, on drafts too (Strapi checks `regex` at publish). */
const LINK = /^https?:\/\/\S+$/i;

function checkPickups(pickups: unknown): void {
  if (!Array.isArray(pickups)) refuse('上稿记录须是一个列表', ['pickups']);
  (pickups as Array<Record<string, unknown>>).forEach((p, i) => {
    if (!isBlank(p?.url) && !(typeof p.url === 'string' && LINK.test(p.url)))
      refuse(`第${i + 1}条上稿的链接须以 http:// 或 https:// 开头`, ['pickups', i, 'url']);
  });
}

/**
 * The reporter each byline names after this write: the one given, or, for an entry saved again
 * with its relation untouched, the one stored on it. Two queries for the whole list.
 */
async function reporterNames(
  strapi: Core.Strapi,
  bylines: Byline[]
): Promise<Array<string | null>> {
  const changes = await Promise.all(
    bylines.map((b) => readToOneChange(strapi, CONTENT_TYPES.reporter, b.reporter))
  );
  const given = changes.flatMap((c) => (c.kind === 'set' ? [c.documentId] : []));
  const kept = bylines.flatMap((b, i) =>
    changes[i].kind === 'unchanged' && b.id !== undefined && b.id !== null ? [Number(b.id)] : []
  );
  const byDocument = new Map<string, string>();
  if (given.length)
    for (const row of await strapi.db.query(CONTENT_TYPES.reporter).findMany({
      where: { documentId: { $in: given } },
      select: ['documentId', 'name'],
    }))
      byDocument.set(row.documentId as string, row.name as string);
  const byEntry = new Map<number, string>();
  if (kept.length)
    for (const row of (await strapi.db.query(BYLINE_COMPONENT as never).findMany({
      where: { id: { $in: kept } },
      populate: { reporter: { select: ['name'] } },
    })) as Array<{ id: number; reporter?: { name?: string } | null }>)
      if (row.reporter?.name) byEntry.set(row.id, row.reporter.name);
  return changes.map((c, i) => {
    if (c.kind === 'set') return byDocument.get(c.documentId) ?? null;
    if (c.kind === 'cleared') return null;
    return byEntry.get(Number(bylines[i].id)) ?? null;
  });
}

/** What each entry is called in the edit form: 王琳 · 文字 · 50%. */
const bylineLabel = (name: string | null, role: unknown, share: number) =>
  [name ?? '未选作者', ROLE_LABELS[String(role)] ?? ROLE_LABELS.writer, `${share}%`].join(' · ');

/**
 * The credits of a story on every write, drafts included: byline shares sum to 100 (blanks are
 * filled, any other sum is a 400) and 上稿 links are web links. A write that leaves `bylines` or
 * `pickups` out keeps the stored ones as they are.
 */
export const creditRules =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    if (!BYLINED_TYPES.includes(context.uid) || !['create', 'update'].includes(context.action))
      return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data?.pickups !== undefined && data.pickups !== null) checkPickups(data.pickups);
    const bylines = data?.bylines;
    if (bylines === undefined || bylines === null) return next();
    if (!Array.isArray(bylines)) refuse('署名须是一个列表', ['bylines']);
    if (bylines.length > 0) {
      const list = bylines as Byline[];
      const shares = fillShares(list);
      const names = await reporterNames(strapi, list);
      data!.bylines = list.map((b, i) => ({
        ...b,
        share: shares[i],
        label: bylineLabel(names[i], b.role, shares[i]),
      }));
    }
    return next();
  };
