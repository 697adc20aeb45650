import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';

type Attribute = {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
  multiple?: boolean;
};
type Schema = { attributes: Record<string, Attribute> };
type Row = Record<string, unknown>;

/** Fields Strapi writes itself: none of them is content a reviewer approves. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

const isContent = (name: string, attribute: Attribute) =>
  !SYSTEM_FIELDS.has(name) &&
  !(attribute.type === 'relation' && attribute.target?.startsWith('admin::'));

/** A populate that reaches every relation, media file and component of a schema, and no further. */
function deepPopulate(strapi: Core.Strapi, schema: Schema): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (!isContent(name, attribute)) continue;
    if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (attribute.type === 'media') populate[name] = { select: ['id'] };
    else if (attribute.type === 'component')
      populate[name] = {
        populate: deepPopulate(strapi, strapi.components[attribute.component as never] as Schema),
      };
    else if (attribute.type === 'dynamiczone') populate[name] = { populate: '*' };
  }
  return populate;
}

/** The value a field contributes: relations by documentId (order-free), components field by field. */
function canonical(strapi: Core.Strapi, schema: Schema, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (!isContent(name, attribute)) continue;
    const value = row[name] ?? null;
    if (attribute.type === 'relation') {
      const list = (Array.isArray(value) ? value : value ? [value] : []) as Row[];
      out[name] = list.map((r) => String(r.documentId)).sort();
    } else if (attribute.type === 'media') {
      const list = (Array.isArray(value) ? value : value ? [value] : []) as Row[];
      out[name] = list.map((r) => Number(r.id));
    } else if (attribute.type === 'component') {
      const component = strapi.components[attribute.component as never] as Schema;
      const list = (Array.isArray(value) ? value : value ? [value] : []) as Row[];
      out[name] = list.map((r) => canonical(strapi, component, r));
    } else if (attribute.type === 'dynamiczone') {
      out[name] = ((value ?? []) as Row[]).map((r) => {
        const component = strapi.components[r.__component as never] as Schema;
        return { __component: r.__component, ...canonical(strapi, component, r) };
      });
    } else out[name] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Visible characters of a text: Han and other characters one each, a Latin word or number once. */
export function countWords(text: string): number {
  const latin = text.match(/[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g) ?? [];
  const rest = text
    .replace(/[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g, '')
    .replace(/[\s\u200b-\u200d\ufeff]/g, '');
  return latin.length + [...rest].length;
}

/** The text of Strapi blocks (paragraphs, headings, lists, quotes), child by child. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const { text, children } = node as { text?: unknown; children?: unknown };
    return (
      (typeof text === 'string' ? text : '') +
      (Array.isArray(children) ? children.map(walk).join('') : '')
    );
  };
  return blocks.map(walk).join('\n');
}

/** The text an item's 字数 counts: its summary, body and the text of its components. */
function countedText(strapi: Core.Strapi, schema: Schema, row: Row): string {
  const parts: string[] = [];
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const value = row[name];
    if (attribute.type === 'blocks') parts.push(blocksText(value));
    else if (attribute.type === 'text' || attribute.type === 'richtext')
      parts.push(typeof value === 'string' ? value : '');
    else if (attribute.type === 'component' && Array.isArray(value)) {
      const component = strapi.components[attribute.component as never] as Schema;
      for (const item of value as Row[]) parts.push(countedText(strapi, component, item));
    }
  }
  return parts.join('\n');
}

export interface DraftFingerprint {
  /** sha-256 of every content field, relation and component of the draft. */
  fingerprint: string;
  /** One hash per field: the fields an edit changed are those whose hash differs. */
  fieldHashes: Record<string, string>;
  title: string | null;
  wordCount: number;
  /** The draft row with relations as `{ documentId }`: what the sign-off sheet reads. */
  draft: Row;
}

/** Reads the draft of a document as the publish will copy it, and fingerprints it. */
export async function fingerprintDraft(
  strapi: Core.Strapi,
  uid: string,
  documentId: string
): Promise<DraftFingerprint | null> {
  const schema = strapi.contentType(uid as never) as unknown as Schema;
  const draft = (await strapi.db.query(uid as never).findOne({
    where: { documentId, publishedAt: null },
    populate: deepPopulate(strapi, schema),
  })) as Row | null;
  if (!draft) return null;
  const content = canonical(strapi, schema, draft);
  const fieldHashes = Object.fromEntries(
    Object.entries(content).map(([k, v]) => [k, sha256(v).slice(0, 16)])
  );
  return {
    fingerprint: sha256(content),
    fieldHashes,
    title: typeof draft.title === 'string' ? draft.title : null,
    wordCount: countWords(countedText(strapi, schema, draft)),
    draft,
  };
}

/** The fields whose content differs between two fingerprints of the same document. */
export const changedFields = (
  before: DraftFingerprint | null,
  after: DraftFingerprint | null
): string[] => {
  const names = new Set([
    ...Object.keys(before?.fieldHashes ?? {}),
    ...Object.keys(after?.fieldHashes ?? {}),
  ]);
  return [...names].filter((name) => before?.fieldHashes[name] !== after?.fieldHashes[name]).sort();
};
