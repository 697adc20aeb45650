import type { TestApp } from '../harness/strapi-app';
import { authorJwt, bearer, editorJwt } from '../harness/callers';

/** The content manager's collection-type routes of a type. */
export const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

export type Headers = Record<string, string>;
export type Role = 'author' | 'editor';

/** A fresh admin of the role, as request headers. */
export const callerOf = async (app: TestApp, role: Role): Promise<Headers> =>
  bearer(role === 'author' ? await authorJwt(app) : await editorJwt(app));

export interface Draft {
  documentId: string;
  id: number;
  createdBy: { id: number };
  [key: string]: unknown;
}

/** Creates a draft through the content manager as `who`, the way the edit view does. */
export async function draftAs(
  app: TestApp,
  who: Headers,
  uid: string,
  data: Record<string, unknown>
): Promise<Draft> {
  const res = await app.http().post(cm(uid)).set(who).send(data);
  if (res.status !== 201) {
    throw new Error(`draft of ${uid} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body.data as Draft;
}

export interface RowSnapshot {
  id: number;
  documentId: string;
  title: string;
  publishedAt: unknown;
  locale: unknown;
  firstPublishedAt: unknown;
  createdBy: number | null;
  updatedBy: number | null;
}

/** Every row of a document, or every row of the type matching `where`, as stored. */
export async function rowsWhere(
  app: TestApp,
  uid: string,
  where: Record<string, unknown>
): Promise<RowSnapshot[]> {
  const rows = (await app.strapi.db.query(uid).findMany({
    where,
    select: ['id', 'documentId', 'title', 'publishedAt', 'locale', 'firstPublishedAt'],
    populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
    orderBy: { id: 'asc' },
  })) as Array<Omit<RowSnapshot, 'createdBy' | 'updatedBy'> & Record<string, { id: number }>>;
  return rows.map((row) => ({
    ...row,
    createdBy: row.createdBy?.id ?? null,
    updatedBy: row.updatedBy?.id ?? null,
  })) as RowSnapshot[];
}

export const rowsOf = (app: TestApp, uid: string, documentId: string) =>
  rowsWhere(app, uid, { documentId });

/** Whether a response body (any part of it) contains `text`, case-insensitively. */
export const mentions = (res: { text: string }, text: string) =>
  res.text.toLowerCase().includes(text.toLowerCase());
