import type { Core } from '@strapi/strapi';

/** What a write does to a to-one relation, whatever shape the caller used. */
export type ToOneChange =
  { kind: 'unchanged' } | { kind: 'cleared' } | { kind: 'set'; documentId: string };

type Ref = string | number | { documentId?: string; id?: number | string } | null | undefined;

const refFrom = (value: unknown): Ref => value as Ref;

/**
 * Reads a to-one relation from write data. Accepts every shape the Document Service takes:
 * a documentId, a row id, `{ documentId }`, `{ connect: [...] }`, `{ set: [...] }`,
 * `{ disconnect: [...] }`, an array, or null.
 */
export async function readToOneChange(
  strapi: Core.Strapi,
  targetUid: string,
  value: unknown
): Promise<ToOneChange> {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'cleared' };
  if (Array.isArray(value))
    return value.length === 0 ? { kind: 'cleared' } : resolve(strapi, targetUid, value[0]);
  if (typeof value === 'object') {
    const shape = value as Record<string, unknown>;
    for (const key of ['set', 'connect'] as const) {
      if (key in shape) {
        const list = [shape[key]].flat().filter((item) => item !== undefined && item !== null);
        if (list.length > 0) return resolve(strapi, targetUid, list[list.length - 1]);
        if (key === 'set') return { kind: 'cleared' };
      }
    }
    if ('disconnect' in shape) {
      const list = [shape.disconnect].flat().filter(Boolean);
      return list.length > 0 ? { kind: 'cleared' } : { kind: 'unchanged' };
    }
    if ('documentId' in shape || 'id' in shape) return resolve(strapi, targetUid, shape);
    return { kind: 'unchanged' };
  }
  return resolve(strapi, targetUid, value);
}

async function resolve(strapi: Core.Strapi, targetUid: string, raw: unknown): Promise<ToOneChange> {
  const ref = refFrom(raw);
  if (ref === null || ref === undefined) return { kind: 'cleared' };
  if (typeof ref === 'string' && !/^\d+$/.test(ref)) return { kind: 'set', documentId: ref };
  if (typeof ref === 'object' && typeof ref.documentId === 'string') {
    return { kind: 'set', documentId: ref.documentId };
  }
  const id = typeof ref === 'object' ? ref.id : ref;
  const row = await strapi.db
    .query(targetUid)
    .findOne({ where: { id: Number(id) }, select: ['documentId'] });
  // An unknown id is left to Strapi's own relation check, which names it.
  return row ? { kind: 'set', documentId: row.documentId as string } : { kind: 'unchanged' };
}
