import { errors } from '@strapi/utils';

type Body = Record<string, unknown>;

/**
 * Set by Strapi itself on every write. The admin UI leaves most of them out, but a value here is
 * never the caller's to choose (firstPublishedAt would otherwise be stored as sent), so it is
 * dropped, not refused.
 */
export const SERVER_MANAGED_KEYS = [
  'publishedAt',
  'createdBy',
  'updatedBy',
  'createdAt',
  'updatedAt',
  'firstPublishedAt',
] as const;

/** Keys a document body may carry beside the type's attributes. */
const ENVELOPE_KEYS = ['id', 'documentId', 'status'];

/** What an entity-data write (create, update, publish, clone) writes into. */
export interface EntityBodyTarget {
  uid: string;
  attributeNames: string[];
  /** Whether i18n localizes the type; only then is `locale` the caller's choice. */
  localized: boolean;
  /** The document named by the route, or null when the route creates one. */
  documentId: string | null;
  /** Row ids of that document, loaded only when a body names an `id`. */
  rowIds: () => Promise<Array<string | number>>;
}

export const isPlainObject = (value: unknown): value is Body =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

function requireObject(body: unknown, what: string): Body {
  if (isPlainObject(body)) return body;
  throw new errors.ValidationError(
    `the request body must be a JSON object (${what}), sent as application/json`
  );
}

/** `locale` picks a version only on localized types; elsewhere a value would be stored as is. */
function checkLocale(body: Body, uid: string, localized: boolean): void {
  if (localized || body.locale === undefined || body.locale === null) return;
  throw new errors.ValidationError(`locale：${uid} 不分语言版本，请不要传 locale`, {
    key: 'locale',
  });
}

function refuseUnknown(body: Body, allowed: Set<string>, what: string): void {
  const unknown = Object.keys(body).filter((key) => !allowed.has(key));
  if (unknown.length > 0) {
    throw new errors.ValidationError(`${what} 没有这些字段：${unknown.join(', ')}`, {
      keys: unknown,
    });
  }
}

/**
 * A document body, made safe to hand to the content manager, which stores `documentId` and
 * `firstPublishedAt` as sent: a `documentId` moved the caller's row into another person's
 * document. `documentId` and `id` are dropped when they name the route's own document (the admin
 * UI sends them) and refused otherwise; Strapi-managed keys are dropped; unknown fields are
 * refused, because the content manager would silently drop a misspelt one.
 */
export async function cleanEntityBody(body: unknown, target: EntityBodyTarget): Promise<Body> {
  const input = requireObject(body, `the fields of a ${target.uid}`);
  const { uid, documentId } = target;
  checkLocale(input, uid, target.localized);
  const cleaned: Body = { ...input };
  if (!target.localized) delete cleaned.locale;
  for (const key of SERVER_MANAGED_KEYS) delete cleaned[key];

  if (input.documentId !== undefined) {
    if (documentId === null || input.documentId !== documentId) {
      throw new errors.ValidationError(
        documentId === null
          ? `documentId cannot be chosen when creating a ${uid}; leave documentId out`
          : `documentId ${JSON.stringify(input.documentId)} does not match the document in the route (${documentId}); leave documentId out`,
        { key: 'documentId' }
      );
    }
    delete cleaned.documentId;
  }
  if (input.id !== undefined) {
    const own = documentId === null ? [] : (await target.rowIds()).map(String);
    if (!own.includes(String(input.id))) {
      throw new errors.ValidationError(
        documentId === null
          ? `id cannot be chosen when creating a ${uid}; leave id out`
          : `id ${JSON.stringify(input.id)} is not a row of the document in the route (${documentId}); leave id out`,
        { key: 'id' }
      );
    }
    delete cleaned.id;
  }
  refuseUnknown(
    cleaned,
    new Set([...target.attributeNames, ...ENVELOPE_KEYS, ...SERVER_MANAGED_KEYS]),
    uid
  );
  return cleaned;
}

/**
 * A body that only selects documents (bulk actions, unpublish, discard): any key but the ones
 * the action reads is refused, so entity fields cannot ride along unnoticed.
 */
export function checkSelectorBody(
  body: unknown,
  target: { uid: string; localized: boolean; action: string; allowed: string[] }
): void {
  const input = requireObject(body, target.allowed.join(', '));
  checkLocale(input, target.uid, target.localized);
  refuseUnknown(input, new Set(target.allowed), `${target.action} on ${target.uid}`);
}
